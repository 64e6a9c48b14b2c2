import type { Deadline, ItemRisk, PromisedDate, RiskFlag, RiskReport, RiskState } from '@upfront/contracts';
import {
  cityOf as cityOfZone,
  createFormatter,
  createReportWords,
  type EffortBasis,
  type Instant,
  type LocalDate,
  type MovedReadingFacts,
  type PromiseWords,
  type PromisedDate as CorePromisedDate,
  type ReportWords,
  type RiskFlag as CoreRiskFlag,
  type TimeZoneId,
} from '@upfront/core';
import { firstName } from '../preferences/stakeholder-preference.js';

type People = ItemRisk['stakeholders'];
const DAY_MS = 86_400_000;

/**
 * Core's report words for the tab, in the report's locale: flags, effort bases and the date to promise are
 * written from their data with the same catalogue the server writes summaries with (STYLE §10), so the same
 * words appear everywhere. It only delegates.
 */
export interface TabWords {
  /** The locale the words follow (the report's). */
  readonly locale: string;
  /** A flag of an item as a sentence, naming its people by first name and every date in their zone. */
  flag(flag: RiskFlag, people: People): string;
  /** Where an effort came from: `“~3h” in the title`, `4 of 6 steps left × 30 mins`. */
  effortBasis(basis: ItemRisk['effort']['basis']): string;
  /** The date to promise for an item: the headline and the others' readings of it. */
  promise(promise: PromisedDate, people: People): PromiseWords;
  /** An effort with where it came from: `~2.5 hrs, as written in the task`. */
  effort(effort: Pick<ItemRisk['effort'], 'minutes' | 'source'>): string;
  /** The user's own moment of a deadline (`Thu 10 Dec, 08:00 your time`); `undefined` when their clock shows the same. */
  yourTime(deadline: Deadline): string | undefined;
  /** A deadline style by name (`close of business`; a set time on the reader's clock). */
  styleName(deadline: Deadline): string;
  /** Whose reading, with its style: `Lena’s close of business`, `your end of day`. */
  reading(deadline: Deadline, people: People): string;
  /** Why a deadline is not on its due date; `undefined` when it did not move. */
  moved(deadline: Deadline, people: People): string | undefined;
  /** Why an item is in trouble (naming the earlier items by title); `undefined` when the report gives no cause. */
  cause(item: Pick<ItemRisk, 'cause' | 'figures'>, titleOf: (id: string) => string | undefined): string | undefined;
  /** The heading over a root cause's consequences: `Pushes these 5 past their deadlines`. */
  pushes(consequences: readonly { readonly state: RiskState }[]): string;
}

/** A deadline of the contract as core reads it (its `moved.from` is its `dueOn`). */
function toReading(deadline: Deadline): MovedReadingFacts {
  return {
    at: deadline.at as Instant,
    timeZone: deadline.timeZone as TimeZoneId,
    dueOn: deadline.dueOn as LocalDate,
    style: deadline.style as MovedReadingFacts['style'],
    ...(deadline.stakeholderId === undefined ? {} : { stakeholderId: deadline.stakeholderId }),
    ...(deadline.moved === undefined
      ? {}
      : { moved: deadline.moved.holidayName === undefined ? { why: deadline.moved.why } : { why: deadline.moved.why, holidayName: deadline.moved.holidayName } }),
  };
}

/** The words of one report: its locale, its clock, the user's zone and city, its horizon. */
export function createTabWords(report: Pick<RiskReport, 'locale' | 'generatedAt' | 'user' | 'horizon'>): TabWords {
  const format = createFormatter(report.locale, report.generatedAt as Instant);
  const userZone = report.user.timeZone as TimeZoneId;
  const horizonDays = Math.round((Date.parse(report.horizon.end) - Date.parse(report.horizon.start)) / DAY_MS);
  const wordsFor = (people: People): ReportWords => {
    const byId = new Map(people.map((p) => [p.id, p]));
    return createReportWords(report.locale, {
      format,
      userZone,
      horizonDays,
      cityOf: (id, zone) => (id === undefined ? report.user.city : byId.get(id)?.city) ?? cityOfZone(zone),
      nameOf: (id) => {
        const person = byId.get(id);
        return person === undefined ? id : firstName(person.displayName);
      },
      zoneOf: (id) => (byId.get(id)?.timeZone ?? userZone) as TimeZoneId,
    });
  };
  const none = wordsFor([]);
  // The contract's values are core's, arriving as plain strings over HTTP (dates, instants, zones): the same
  // shapes, only not branded.
  return {
    locale: none.locale,
    flag: (flag, people) => wordsFor(people).flag(flag as CoreRiskFlag),
    effortBasis: (basis) => none.effortBasis(basis as EffortBasis),
    promise: (promise, people) => wordsFor(people).promise(promise as unknown as CorePromisedDate),
    effort: (effort) => none.effort(effort),
    yourTime: (deadline) => none.yourTime(toReading(deadline)),
    styleName: (deadline) => none.styleName(toReading(deadline)),
    reading: (deadline, people) => wordsFor(people).reading(toReading(deadline)),
    moved: (deadline, people) => wordsFor(people).moved(toReading(deadline)),
    cause: (item, titleOf) => (item.cause === undefined ? undefined : none.cause(item.cause, item.figures, titleOf)),
    pushes: (consequences) => none.pushes(consequences.map((c) => c.state)),
  };
}
