import type { Deadline as DeadlineDto, ItemRisk as ItemRiskDto, RiskFlag as RiskFlagDto, RiskReport as RiskReportDto } from '@upfront/contracts';
import {
  cityOf as cityOfZone,
  createFormatter,
  summarizeRisk,
  toDeadlineWords,
  type Interval,
  type ItemRisk,
  type RiskFlag,
  type RiskReport,
  type Stakeholder,
  type StakeholderDeadline,
  type SummaryContext,
  type TimeZoneId,
  type UserWorld,
  type WorkItem,
} from '@upfront/core';

const DAY_MS = 86_400_000;

interface Words extends SummaryContext {
  readonly nameOf: (id: string) => string;
  /** The world's stakeholders and items by id (looked up for every deadline, flag and person). */
  readonly people: ReadonlyMap<string, Stakeholder>;
  readonly items: ReadonlyMap<string, WorkItem>;
}

function toDeadlineDto(deadline: StakeholderDeadline, words: Words): DeadlineDto {
  const text = toDeadlineWords(deadline, words);
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

/** A flag with its sentence; every date is written in the zone of the person it is about. */
function toFlagDto(flag: RiskFlag, words: Words, world: UserWorld, risk: ItemRisk): RiskFlagDto {
  const f = words.format;
  const userZone = world.user.timeZone;
  const zoneOf = (id: string): TimeZoneId => words.people.get(id)?.timeZone ?? userZone;
  switch (flag.kind) {
    case 'waiting-on-others':
      return { kind: flag.kind, label: 'Waiting on others' };
    case 'away-before-deadline':
      return { kind: flag.kind, label: `You are away from ${f.moment(flag.awayFrom, userZone)} to ${f.moment(flag.awayUntil, userZone)}, before it is due` };
    case 'non-working-day': {
      const moved = risk.deadlines.find((d) => d.stakeholderId === flag.stakeholderId)?.effectiveOn;
      const to = moved === undefined ? '' : `: due ${f.date(moved)} instead`;
      const label =
        flag.why === 'holiday'
          ? `${f.date(flag.on)} is a public holiday for ${words.nameOf(flag.stakeholderId)}${flag.holidayName ? ` (${flag.holidayName})` : ''}${to}`
          : `${f.date(flag.on)} is ${words.nameOf(flag.stakeholderId)}'s weekend${to}`;
      return { kind: flag.kind, stakeholderId: flag.stakeholderId, on: flag.on, label };
    }
    case 'time-zone-cliff': {
      const zone = zoneOf(flag.stakeholderId);
      return {
        kind: flag.kind,
        stakeholderId: flag.stakeholderId,
        label: `Already past the deadline for ${words.nameOf(flag.stakeholderId)} (${f.moment(flag.passedAt, zone)} ${words.cityOf(flag.stakeholderId, zone)})`,
      };
    }
    case 'due-date-mismatch': {
      const zone = zoneOf(flag.stakeholderId);
      return {
        kind: flag.kind,
        stakeholderId: flag.stakeholderId,
        setOn: flag.setOn,
        shownOn: flag.shownOn,
        label: `${words.nameOf(flag.stakeholderId)} set ${f.date(flag.setOn)} in ${words.cityOf(flag.stakeholderId, zone)}; your Planner shows ${f.date(flag.shownOn)}`,
      };
    }
  }
}

function toItemDto(risk: ItemRisk, world: UserWorld, words: Words): ItemRiskDto {
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
    flags: risk.flags.map((f) => toFlagDto(f, words, world, risk)),
    effort: { minutes: risk.figures.ownMinutes, source: risk.effort.source, basis: risk.effort.basis },
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
    summary: summarizeRisk(risk, words),
    capacity: risk.capacity.map((d) => ({ ...d })),
  };
}

/**
 * Maps the domain's report to the HTTP API's shape, writing every text in `locale` with core's one formatter
 * (dates in the zone of the person they are about, people in the city their profile names).
 */
export function toRiskReportDto(report: RiskReport, world: UserWorld, horizon: Interval, locale: string): RiskReportDto {
  const format = createFormatter(locale, report.generatedAt);
  const people = new Map(world.stakeholders.map((s) => [s.id, s]));
  const words: Words = {
    format,
    userZone: world.user.timeZone,
    horizonDays: Math.round((Date.parse(horizon.end) - Date.parse(horizon.start)) / DAY_MS),
    cityOf: (id, zone) => (id === undefined ? world.user.city : people.get(id)?.city) ?? cityOfZone(zone),
    nameOf: (id) => people.get(id)?.displayName.split(' ')[0] ?? id,
    people,
    items: new Map(world.items.map((i) => [i.id, i])),
  };
  return {
    generatedAt: report.generatedAt,
    locale: format.locale,
    user: { displayName: world.user.displayName, email: world.user.email, timeZone: world.user.timeZone, city: world.user.city ?? cityOfZone(world.user.timeZone) },
    horizon: { start: horizon.start, end: horizon.end },
    autoRepliesOn: report.autoRepliesOn,
    items: report.items.map((r) => toItemDto(r, world, words)),
  };
}
