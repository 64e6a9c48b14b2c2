export type { Clock, Instant, Interval, LocalDate, LocalTime, TimeZoneId, Weekday } from './time/types.js';
export { TimeParseError, parseInstant, parseLocalDate, parseLocalTime, parseTimeZoneId } from './time/parse.js';
export { AppError } from './errors/app-error.js';
export type { AwayWindow, Colleague, DeadlineStyle, HolidayRegion, MessageTone, Person, Stakeholder, UserProfile, WorkingHours } from './model/person.js';
export type { DueDate, Importance, WorkItem, WorkItemSource, WorkItemStatus } from './model/work-item.js';
export type { CalendarEntry, EntryTiming, FreeBusy, Meeting, ResponseKind } from './model/calendar.js';
export type { UserWorld } from './model/world.js';
export type {
  DayCapacity,
  DeadlineMove,
  Effort,
  EffortBasis,
  EffortSource,
  ItemRisk,
  PromisedDate,
  RiskCause,
  RiskFigures,
  RiskFlag,
  RiskReport,
  RiskState,
  StakeholderDeadline,
} from './risk/types.js';
export type { RiskSettings } from './risk/risk-settings.js';
export { defaultRiskSettings, toRiskSettings } from './risk/risk-settings.js';
export { assessRisks } from './risk/assess-risks.js';
export type { DueDateReading } from './risk/read-due-date.js';
export { readDueDate, readOwnDueDate } from './risk/read-due-date.js';
export type { TextEstimate } from './effort/estimate-effort.js';
export { estimateEffort, parseEffortEstimate } from './effort/estimate-effort.js';
export type { CapacityDay, CapacityTimeline } from './capacity/capacity-timeline.js';
export { createCapacityTimeline } from './capacity/capacity-timeline.js';
export type { PublicHoliday } from './holidays/find-public-holiday.js';
export { HOLIDAY_DATA_VERSION, findPublicHoliday } from './holidays/find-public-holiday.js';
export { addDays, localDateOf, weekdayOf, zonedMs } from './time/zoned-time.js';
export { cityOf } from './culture/city-of.js';
export type { OverlapStrip } from './people/compose-overlap-strip.js';
export { composeOverlapStrip, stripDayFor } from './people/compose-overlap-strip.js';
export { findNextPublicHoliday } from './people/find-next-public-holiday.js';
export { weekendOf } from './people/weekend-of.js';
export type { Formatter } from './culture/create-formatter.js';
export { createFormatter, toDisplayHours } from './culture/create-formatter.js';
export type { MovedReadingFacts, PromiseWords, ReadingFacts, ReportWords, ReportWordsContext, SummaryFacts } from './culture/create-report-words.js';
export { createReportWords } from './culture/create-report-words.js';
export type { ReportPhraseId, ReportPhrases } from './culture/report/report-phrases.js';
export type { DeadlineContext, DeadlineFacts, DeadlineWords } from './culture/to-deadline-words.js';
export { toDeadlineWords } from './culture/to-deadline-words.js';
export type { Messages, MessageValues, Phrases } from './culture/create-messages.js';
export { createMessages } from './culture/create-messages.js';
export type { SupportedLocale } from './culture/supported-locales.js';
export { SUPPORTED_LOCALES, toSupportedLocale, toWritingLocale } from './culture/supported-locales.js';
export type {
  AttendeeBrief,
  CauseFact,
  ConfirmItem,
  DayFact,
  DayPart,
  DeliveredItem,
  DigestAway,
  DigestDone,
  DigestFacts,
  DigestHelp,
  DigestRequest,
  HeadsUpItem,
  HeldReason,
  HeldSuggestion,
  HelpAsk,
  HelpOption,
  IsoWeek,
  ItemRef,
  ItemStanding,
  KnownItem,
  LastContact,
  LastSuggested,
  MeetingBrief,
  OnTrackItem,
  PromiseHistory,
  RecipientReading,
  SuggestInput,
  SuggestResult,
  SuggestSettings,
  Suggestion,
  SuggestionKind,
  SuggestionMemory,
  SuggestionPeriod,
  SuggestionReason,
  SuggestionSeverity,
} from './suggest/types.js';
export { SUGGESTION_KINDS } from './suggest/types.js';
export { defaultSuggestSettings, emptySuggestionMemory, toSuggestSettings } from './suggest/suggest-settings.js';
export { suggestUpdates } from './suggest/suggest-updates.js';
export type { ItemUpdateInput, ItemUpdateResult } from './suggest/suggest-item-update.js';
export { suggestItemUpdate } from './suggest/suggest-item-update.js';
export type { SendGroup, SendTimeChoice, SendTimeOptions } from './suggest/choose-send-time.js';
export { chooseSendTime } from './suggest/choose-send-time.js';
export type { DayOff, DayOwner } from './suggest/day-of.js';
export { dayOffOf } from './suggest/day-of.js';
export type { BriefContext } from './suggest/assemble-meeting-brief.js';
export { assembleMeetingBrief } from './suggest/assemble-meeting-brief.js';
export type { DigestContext } from './suggest/assemble-digest.js';
export { assembleDigest } from './suggest/assemble-digest.js';
export type { HelpContext, HelpFound } from './suggest/find-help.js';
export { findHelp } from './suggest/find-help.js';
export { toIsoWeek } from './suggest/to-iso-week.js';
export type { MailPhraseId, MailPhrases } from './culture/mail/mail-phrases.js';
export { MAIL_PHRASES, createMailMessages } from './culture/mail/mail-phrases-by-locale.js';
export type { ReaderMomentContext } from './culture/mail/write-reader-moment.js';
export { writeReaderMoment } from './culture/mail/write-reader-moment.js';
export { TEMPLATE_VERSION } from './compose/template-version.js';
export type { ComposeErrorCode } from './compose/compose-error.js';
export { ComposeError } from './compose/compose-error.js';
export type { ComposedMail } from './compose/composed-mail.js';
export type { MailBlock, MailDocument } from './compose/mail-document.js';
export type { MailReader } from './compose/mail-reader.js';
export { toMailReader } from './compose/mail-reader.js';
export { toMailHtml } from './compose/to-mail-html.js';
export { toMailText } from './compose/to-mail-text.js';
export { MAX_SUBJECT_CHARS, toSubjectLine } from './compose/to-subject-line.js';
export type { ComposeMessageInput, MessageKind } from './compose/compose-message.js';
export { composeMessage } from './compose/compose-message.js';
export type { ComposeDigestInput, DigestDeadlines } from './compose/compose-digest.js';
export { composeDigest } from './compose/compose-digest.js';
export type { BriefAttendeePoints, BriefDayNote, BriefTalkingPoint, ComposeMeetingBriefInput, ComposedMeetingBrief } from './compose/compose-meeting-brief.js';
export { composeMeetingBrief } from './compose/compose-meeting-brief.js';

// The tab's own words, one catalogue per area (STYLE §10: words as data, one file per locale).
export type { TabCatalogue } from './culture/tab/create-tab-text.js';
export { createTabText } from './culture/tab/create-tab-text.js';
export { SHELL_TEXT, type ShellTextId } from './culture/tab/shell/index.js';
export { RISKS_TEXT, type RisksTextId } from './culture/tab/risks/index.js';
export { UPDATES_TEXT, type UpdatesTextId } from './culture/tab/updates/index.js';
export { PEOPLE_TEXT, type PeopleTextId } from './culture/tab/people/index.js';
export { SETTINGS_TEXT, type SettingsTextId } from './culture/tab/settings/index.js';
export { MEETING_TEXT, type MeetingTextId } from './culture/tab/meeting/index.js';
export { OUTLOOK_TEXT, type OutlookTextId } from './culture/tab/outlook/index.js';
