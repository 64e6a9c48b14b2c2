export type { Clock, Instant, Interval, LocalDate, LocalTime, TimeZoneId, Weekday } from './time/types.js';
export { TimeParseError, parseInstant, parseLocalDate, parseLocalTime, parseTimeZoneId } from './time/parse.js';
export { AppError } from './errors/app-error.js';
export type { AwayWindow, DeadlineStyle, HolidayRegion, Stakeholder, UserProfile, WorkingHours } from './model/person.js';
export type { DueDate, Importance, WorkItem, WorkItemSource, WorkItemStatus } from './model/work-item.js';
export type { CalendarEntry, EntryTiming, FreeBusy, ResponseKind } from './model/calendar.js';
export type { UserWorld } from './model/world.js';
export type {
  DayCapacity,
  Effort,
  EffortSource,
  ItemRisk,
  RiskExplanation,
  RiskFlag,
  RiskReport,
  RiskState,
  StakeholderDeadline,
} from './risk/types.js';
