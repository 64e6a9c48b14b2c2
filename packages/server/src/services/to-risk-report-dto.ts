import type { Deadline as DeadlineDto, ItemRisk as ItemRiskDto, RiskFlag as RiskFlagDto, RiskReport as RiskReportDto } from '@upfront/contracts';
import {
  cityOf as cityOfZone,
  createFormatter,
  createReportWords,
  toWritingLocale,
  type Interval,
  type ItemRisk,
  type ReportWords,
  type ReportWordsContext,
  type RiskFlag,
  type RiskReport,
  type Stakeholder,
  type StakeholderDeadline,
  type UserWorld,
  type WorkItem,
} from '@upfront/core';

const DAY_MS = 86_400_000;

interface Words extends ReportWordsContext {
  readonly say: ReportWords;
  /** The world's stakeholders and items by id (looked up for every deadline, flag and person). */
  readonly people: ReadonlyMap<string, Stakeholder>;
  readonly items: ReadonlyMap<string, WorkItem>;
}

function toDeadlineDto(deadline: StakeholderDeadline, words: Words): DeadlineDto {
  const text = words.say.deadline(deadline);
  const id = deadline.stakeholderId;
  const person = id === undefined ? undefined : words.people.get(id);
  return {
    at: deadline.at,
    dueOn: deadline.dueOn,
    effectiveOn: deadline.effectiveOn,
    timeZone: deadline.timeZone,
    city: words.cityOf(id, deadline.timeZone),
    style: deadline.style,
    ...(deadline.moved
      ? { moved: { from: deadline.dueOn, why: deadline.moved.why, ...(deadline.moved.holidayName ? { holidayName: deadline.moved.holidayName } : {}) } }
      : {}),
    ...(id === undefined ? {} : { stakeholderId: id }),
    ...(person ? { stakeholderName: person.displayName } : {}),
    inStakeholderZone: text.inStakeholderZone,
    inUserZone: text.inUserZone,
  };
}

/** A flag as data: the tab writes it with the same report words, in the report's locale. */
function toFlagDto(flag: RiskFlag): RiskFlagDto {
  switch (flag.kind) {
    case 'waiting-on-others':
      return { kind: flag.kind };
    case 'away-before-deadline':
      return { kind: flag.kind, awayFrom: flag.awayFrom, awayUntil: flag.awayUntil };
    case 'non-working-day':
      return {
        kind: flag.kind,
        stakeholderId: flag.stakeholderId,
        on: flag.on,
        why: flag.why,
        ...(flag.holidayName === undefined ? {} : { holidayName: flag.holidayName }),
        ...(flag.movedTo === undefined ? {} : { movedTo: flag.movedTo }),
      };
    case 'time-zone-cliff':
      return { kind: flag.kind, stakeholderId: flag.stakeholderId, passedAt: flag.passedAt };
    case 'due-date-mismatch':
      return { kind: flag.kind, stakeholderId: flag.stakeholderId, setOn: flag.setOn, shownOn: flag.shownOn };
  }
}

function toItemDto(risk: ItemRisk, words: Words): ItemRiskDto {
  const item = words.items.get(risk.itemId);
  const person = (id: string) => {
    const found = words.people.get(id);
    return found ? [{ id, displayName: found.displayName, timeZone: found.timeZone, city: words.cityOf(id, found.timeZone) }] : [];
  };
  const deadline = (d: StakeholderDeadline) => toDeadlineDto(d, words);
  const promise = risk.promise;
  return {
    id: risk.itemId,
    source: risk.source,
    title: risk.title,
    ...(item?.webUrl ? { webUrl: item.webUrl } : {}),
    ...(item?.listName ? { listName: item.listName } : {}),
    state: risk.state,
    flags: risk.flags.map(toFlagDto),
    effort: { minutes: risk.figures.ownMinutes, source: risk.effort.source, basis: { ...risk.effort.basis } },
    ...(risk.deadline ? { deadline: deadline(risk.deadline) } : {}),
    deadlines: risk.deadlines.map(deadline),
    stakeholders: (item?.stakeholderIds ?? []).flatMap(person),
    contributors: (item?.contributorIds ?? []).flatMap(person),
    figures: risk.figures,
    ...(risk.cause ? { cause: risk.cause.kind === 'own-effort' ? { kind: 'own-effort' as const } : { kind: 'earlier-work' as const, rootIds: [...risk.cause.rootIds] } } : {}),
    pushes: [...risk.pushes],
    ...(promise === undefined
      ? {}
      : {
          promise:
            promise.kind === 'date'
              ? { kind: 'date' as const, on: promise.on, deadline: deadline(promise.deadline), deadlines: promise.deadlines.map(deadline) }
              : { kind: 'none' as const, reason: promise.reason, searchedUntil: promise.searchedUntil },
        }),
    competing: risk.competing.map((c) => ({ id: c.itemId, title: c.title, minutes: c.minutes })),
    busiestDays: risk.busiestDays.map((d) => ({ on: d.on, busyMinutes: d.busyMinutes })),
    summary: words.say.summary(risk),
    capacity: risk.capacity.map((d) => ({ ...d })),
  };
}

/**
 * Maps the domain's report to the HTTP API's shape: facts as data (flags, effort bases), and the summary and
 * deadlines written in `locale` with core's report words and one formatter (dates in the zone of the person they
 * are about, people in the city their profile names).
 */
export function toRiskReportDto(report: RiskReport, world: UserWorld, horizon: Interval, locale: string): RiskReportDto {
  // A language Upfront does not write reads the fallback's words and dates, never a mix of the two.
  const format = createFormatter(toWritingLocale(locale), report.generatedAt);
  const people = new Map(world.stakeholders.map((s) => [s.id, s]));
  const context: ReportWordsContext = {
    format,
    userZone: world.user.timeZone,
    horizonDays: Math.round((Date.parse(horizon.end) - Date.parse(horizon.start)) / DAY_MS),
    cityOf: (id, zone) => (id === undefined ? world.user.city : people.get(id)?.city) ?? cityOfZone(zone),
    nameOf: (id) => people.get(id)?.displayName.split(' ')[0] ?? id,
    zoneOf: (id) => people.get(id)?.timeZone ?? world.user.timeZone,
  };
  const words: Words = { ...context, say: createReportWords(format.locale, context), people, items: new Map(world.items.map((i) => [i.id, i])) };
  return {
    generatedAt: report.generatedAt,
    locale: format.locale,
    user: { displayName: world.user.displayName, email: world.user.email, timeZone: world.user.timeZone, city: world.user.city ?? cityOfZone(world.user.timeZone) },
    horizon: { start: horizon.start, end: horizon.end },
    autoRepliesOn: report.autoRepliesOn,
    items: report.items.map((r) => toItemDto(r, words)),
  };
}
