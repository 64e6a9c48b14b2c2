import type { Phrases } from '../create-messages.js';

/**
 * Every sentence of a risk report, as ICU MessageFormat sources. Each locale implements it in its own file
 * (`en-GB.ts`, `fr-FR.ts`, …), so a missing id fails the typecheck. Values arrive already formatted by the
 * formatter (dates, times, hours) or as selects (`none`/`some`, a kind); the words are the locale's own, not a
 * word-for-word translation.
 */
export type ReportPhraseId =
  // A deadline: `{moment} {city}`; with the user's own clock beside it when that differs.
  | 'deadlineInZone'
  | 'deadlineWithYours'
  | 'yourTime'
  | 'deadlineMoved'
  // Deadline styles by name, and as one reader's (`Lena’s close of business`, `your close of business`).
  | 'styleName'
  | 'readingOf'
  // The one-line summary: what is needed, then one sentence per state.
  | 'needs'
  | 'summaryOnTrack'
  | 'summaryAtRisk'
  | 'summaryOffTrack'
  | 'summaryOverdue'
  | 'summaryLater'
  | 'summaryNoDueDate'
  // Flags.
  | 'flagWaitingOnOthers'
  | 'flagAwayBeforeDeadline'
  | 'flagNonWorkingDay'
  | 'flagTimeZoneCliff'
  | 'flagDueDateMismatch'
  // Why an item is in trouble, and what a root cause pushes; a title as quoted in running text.
  | 'causeOwnEffort'
  | 'causeEarlierWork'
  | 'pushes'
  | 'quoted'
  // An effort with where it came from, and the basis in detail.
  | 'effortLine'
  | 'effortOverride'
  | 'effortInText'
  | 'effortChecklist'
  | 'effortImportanceDefault'
  // The date to promise.
  | 'promiseHeadline'
  | 'promiseOther'
  | 'promiseNone';

/**
 * One locale's report words. Values each message receives:
 * - `deadlineInZone`: `moment`, `city`; `deadlineWithYours`: `theirs`, `yours` (a time, or a moment on another day);
 *   `yourTime`: `moment` (the user's own); `deadlineMoved`: `why`, `on`, `who`, `name`, `holiday`, `holidayName`, `deadline`, `reading`.
 * - `causeOwnEffort`: `own`, `free`; `causeEarlierWork`: `own`, `free`, `count`, `roots` (a list of `quoted` titles);
 *   `pushes`: `kind` (`past` | `risk` | `mixed`), `n`; `quoted`: `text`.
 * - `effortLine`: `approx` (`yes` | `no`), `hours`, `source` (`override` | `estimateInText` | `checklist` |
 *   `plannerPercent` | `importanceDefault`).
 * - `styleName`: `style` (`start` | `close` | `end-of-day` | `exact`), `time`; `readingOf`: the same plus `who`
 *   (`you` | `other`) and `name`.
 * - `needs`: `work` (`none` | `some`), `own`, `others` (`none` | `some`), `competing`.
 * - `summary*`: `needs`, `free`, `deadline`, `gap`, `days` (a number), `left`, `work`, `own`.
 * - `flagAwayBeforeDeadline`: `from`, `until`; `flagNonWorkingDay`: `why` (`weekend` | `holiday`), `on`, `name`,
 *   `holiday` (`none` | `some`), `holidayName`, `moved` (`none` | `some`), `movedTo`; `flagTimeZoneCliff`: `name`,
 *   `moment`, `city`; `flagDueDateMismatch`: `name`, `setOn`, `city`, `shownOn`.
 * - `effortInText`: `text`, `where` (`title` | `notes`), `part` (`none` | `some`), `done` (a ratio);
 *   `effortChecklist`: `left`, `total` (numbers), `perStep`; `effortImportanceDefault`: `importance`
 *   (`low` | `normal` | `high`), `part`, `done`.
 * - `promiseHeadline`: `deadline`, `reading`; `promiseOther`: `who`, `name`, `deadline`, `style` (a style name);
 *   `promiseNone`: `until`, `reason` (`calendar` | `capacity`).
 */
export type ReportPhrases = Phrases<ReportPhraseId>;
