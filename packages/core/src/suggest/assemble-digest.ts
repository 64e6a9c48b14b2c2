import type { UserWorld } from '../model/world.js';
import { type RiskSettings, toRiskSettings } from '../risk/risk-settings.js';
import type { ItemRisk, RiskReport } from '../risk/types.js';
import type { Instant } from '../time/types.js';
import { addDays, instantMs, localDateOf, weekdayOf } from '../time/zoned-time.js';
import { createItemFacts } from './create-item-facts.js';
import { type DayOwner, dayOffOf } from './day-of.js';
import { findHelp } from './find-help.js';
import { defaultSuggestSettings } from './suggest-settings.js';
import { toIsoWeek } from './to-iso-week.js';
import type { DigestAway, DigestDone, DigestFacts, DigestHelp, SuggestionMemory } from './types.js';

const DAY_MS = 86_400_000;
/** A digest looks one week back (done) and one week ahead (in progress, time away). */
const WEEK_DAYS = 7;
const TROUBLE = new Set(['at-risk', 'off-track', 'overdue']);

/** What a digest reads. */
export interface DigestContext {
  readonly world: UserWorld;
  readonly report: RiskReport;
  readonly now: Instant;
  readonly memory: SuggestionMemory;
  /** Who the digest is for (person ids); their time away is part of it. */
  readonly audienceIds: readonly string[];
  readonly riskSettings?: Partial<RiskSettings>;
  /** A colleague must be able to take at least this many minutes to be named (default 30). */
  readonly minHelpMinutes?: number;
}

const byId = (a: { itemId: string }, b: { itemId: string }) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);

/**
 * The facts of a weekly digest, without words: what was done in the last 7 days (with the contributors to
 * credit), what is in progress (on track, started or due within 7 days), what is at risk with its new date and
 * first promise, where help is needed and from whom (a colleague with free time, `findHelp`), and the time away
 * (scheduled away windows, public holidays on working days) of the user and the audience in the next 7 days.
 * `isEmpty` when nothing was done, nothing is at risk, no help is needed and nobody is away.
 * @example assembleDigest({ world, report, now, memory, audienceIds: ['lena@x'] }).period // '2026-W49'
 */
export function assembleDigest(ctx: DigestContext): DigestFacts {
  const { world, report, now } = ctx;
  const nowMs = instantMs(now);
  const user = world.user;
  const today = localDateOf(nowMs, user.timeZone);
  const facts = createItemFacts(world, report, ctx.memory);
  const items = new Map(world.items.map((item) => [item.id, item]));
  const userIds = new Set([user.id.toLowerCase(), user.email.toLowerCase()]);
  const audienceIds = [...new Set(ctx.audienceIds.map((id) => id.toLowerCase()))].sort();

  const done: DigestDone[] = (world.completed ?? [])
    .filter((item) => item.completedAt !== undefined && instantMs(item.completedAt) <= nowMs && instantMs(item.completedAt) > nowMs - WEEK_DAYS * DAY_MS)
    .map((item) => ({
      itemId: item.id,
      title: item.title,
      completedAt: item.completedAt!,
      creditIds: [...new Set(item.contributorIds.map((id) => id.toLowerCase()))].filter((id) => !userIds.has(id)).sort(),
    }))
    .sort((a, b) => instantMs(a.completedAt) - instantMs(b.completedAt) || byId(a, b));

  const deadlineMs = (r: ItemRisk) => (r.deadline === undefined ? Number.POSITIVE_INFINITY : instantMs(r.deadline.at));
  const ordered = [...report.items].sort((a, b) => deadlineMs(a) - deadlineMs(b) || byId(a, b));
  const weekEndMs = nowMs + WEEK_DAYS * DAY_MS;
  const inProgress = ordered
    .filter((r) => r.state === 'on-track' && (items.get(r.itemId)?.status === 'inProgress' || deadlineMs(r) <= weekEndMs))
    .map((r) => facts.standing(r));
  const troubled = ordered.filter((r) => TROUBLE.has(r.state));
  const atRisk = troubled.map((r) => facts.standing(r));

  const riskSettings = toRiskSettings(ctx.riskSettings);
  const minHelpMinutes = ctx.minHelpMinutes ?? defaultSuggestSettings.minHelpMinutes;
  // One timeline per colleague for the whole digest, to the latest deadline in trouble (`troubled` is in deadline order).
  const lastDeadline = troubled[troubled.length - 1]?.deadline?.at;
  const helpContext = { world, risks: facts.risks, now, riskSettings, minHelpMinutes, timelines: new Map(), ...(lastDeadline === undefined ? {} : { until: lastDeadline }) };
  const help: DigestHelp[] = troubled
    .filter((r) => r.state !== 'at-risk')
    .map((r) => {
      const found = findHelp(r, helpContext);
      const base = { itemId: r.itemId, title: r.title, shortMinutes: facts.shortMinutes(r) };
      return found === undefined ? base : { ...base, colleagueId: found.colleagueId, minutes: found.minutes };
    });

  const people = new Map<string, DayOwner>();
  for (const p of world.colleagues ?? []) people.set(p.id.toLowerCase(), p);
  for (const p of world.people ?? []) people.set(p.id.toLowerCase(), p);
  for (const p of world.stakeholders) people.set(p.id.toLowerCase(), p);
  const owners: DayOwner[] = [user, ...audienceIds.filter((id) => !userIds.has(id)).flatMap((id) => people.get(id) ?? [])];
  const away: DigestAway[] = [];
  for (const person of owners) {
    const a = person.away;
    if (a !== undefined && a !== 'always' && instantMs(a.start) < weekEndMs && instantMs(a.end) > nowMs) {
      away.push({ kind: 'away', personId: person.id, start: a.start, end: a.end });
    }
    const from = person === user ? today : localDateOf(nowMs, person.workingHours.timeZone);
    for (let k = 0; k < WEEK_DAYS; k += 1) {
      const on = addDays(from, k);
      // A holiday on a day they would not work anyway is no time away.
      if (!person.workingHours.days.includes(weekdayOf(on))) continue;
      const off = dayOffOf(person, on);
      if (off?.why === 'holiday') away.push({ kind: 'holiday', personId: person.id, on, name: off.name });
    }
  }

  const isEmpty = done.length === 0 && atRisk.length === 0 && help.length === 0 && away.length === 0;
  return { period: toIsoWeek(today), audienceIds, done, inProgress, atRisk, help, away, isEmpty };
}
