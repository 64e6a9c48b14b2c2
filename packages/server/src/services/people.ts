import type { ItemRisk as ItemRiskDto, OwedItem, PeopleList, PersonCard } from '@upfront/contracts';
import { cityOf, composeOverlapStrip, findNextPublicHoliday, localDateOf, stripDayFor, weekendOf, type OverlapStrip, type Stakeholder, type WorkingHours } from '@upfront/core';
import type { StakeholderPreference, UserKey } from '@upfront/store';
import type { GraphTokenSource } from './graph-token-source.js';
import type { AssessedWorld, LoadAssessedWorld } from './load-assessed-world.js';
import { toRiskReportDto } from './to-risk-report-dto.js';

/** How far ahead a person's next public holiday is looked for. */
export const HOLIDAY_WINDOW_DAYS = 60;

export interface PeopleRequest {
  readonly horizonDays: number;
  /** BCP 47, for the deadline words; the mailbox language when absent. */
  readonly locale?: string;
  /** Read Graph afresh (a Refresh), reusing only tokens and delta links. */
  readonly fresh?: boolean;
}

export interface People {
  /** The user's stakeholders with their day, their week, their next holiday, last contact and what the user owes them. */
  list(key: UserKey, tokens: GraphTokenSource, request: PeopleRequest): Promise<PeopleList>;
}

/** Gravest first: what needs doing for a person comes before what is fine. */
const STATE_RANK: Record<ItemRiskDto['state'], number> = { overdue: 0, 'off-track': 1, 'at-risk': 2, 'on-track': 3, later: 4, 'no-due-date': 5 };

const toStripDto = (strip: OverlapStrip): PersonCard['strip'] => ({
  ...strip,
  userHours: [...strip.userHours],
  theirHours: [...strip.theirHours],
  overlap: [...strip.overlap],
});

const toHoursDto = (h: WorkingHours) => ({ days: [...h.days], start: h.start, end: h.end, timeZone: h.timeZone });

function toOwed(item: ItemRiskDto, personId: string): OwedItem {
  const theirs = item.deadlines.find((d) => d.stakeholderId?.toLowerCase() === personId) ?? item.deadline;
  return {
    itemId: item.id,
    title: item.title,
    state: item.state,
    ...(theirs ? { deadlineAt: theirs.at, inTheirZone: theirs.inStakeholderZone, inUserZone: theirs.inUserZone } : {}),
  };
}

function toPreferenceDto(p: StakeholderPreference | undefined): PersonCard['preference'] {
  if (p === undefined) return { workedHolidays: [] };
  return {
    ...(p.deadlineStyle ? { deadlineStyle: p.deadlineStyle } : {}),
    ...(p.language ? { language: p.language } : {}),
    ...(p.tone ? { tone: p.tone } : {}),
    workedHolidays: [...p.workedHolidays],
  };
}

/**
 * Builds the People view from the assessed world (the one load risks and suggestions share: stakeholders with
 * their mailbox hours, zone, holiday region and last contact from Sent Items metadata), the user's preferences
 * and core's people rules. Nothing new is read from Graph and nothing is stored.
 */
export function createPeople(deps: { readonly loadAssessedWorld: LoadAssessedWorld }): People {
  // One list per assessed world and locale: a kept world (and the user's settings it was assessed with) gives the
  // same list, so a user who keeps reading is not worded again. A changed setting is a new assessed world.
  const kept = new WeakMap<AssessedWorld, Map<string, PeopleList>>();
  return {
    async list(key, tokens, { horizonDays, locale, fresh = false }) {
      const assessed = await deps.loadAssessedWorld(key, tokens, { horizonDays, fresh });
      const wording = locale ?? assessed.world.user.language;
      let lists = kept.get(assessed);
      if (!lists) kept.set(assessed, (lists = new Map()));
      const found = lists.get(wording);
      if (found) return found;
      if (lists.size >= MAX_LOCALES) lists.clear();
      const list = toPeopleList(assessed, wording);
      lists.set(wording, list);
      return list;
    },
  };
}

/** Locales whose list is kept per assessed world (a user reads in one or two). */
const MAX_LOCALES = 4;

/** The People list of one assessed world, its deadlines worded in `locale`. */
function toPeopleList(assessed: AssessedWorld, locale: string): PeopleList {
  const { world, now } = assessed;
  const report = toRiskReportDto(assessed.report, world, assessed.horizon, locale);
  const nowMs = Date.parse(now);
  const day = stripDayFor(nowMs, world.user.workingHours);
  const preferences = new Map(assessed.preferences.map((p) => [p.stakeholderId.toLowerCase(), p]));

  const card = (s: Stakeholder): PersonCard => {
    const id = s.id.toLowerCase();
    const owed = report.items
      .filter((item) => item.stakeholders.some((p) => p.id.toLowerCase() === id))
      .map((item) => toOwed(item, id))
      .sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || (a.deadlineAt ?? '~').localeCompare(b.deadlineAt ?? '~'));
    const preference = preferences.get(id);
    const holiday = s.holidayRegion === undefined ? undefined : findNextPublicHoliday(s.holidayRegion, localDateOf(nowMs, s.timeZone), HOLIDAY_WINDOW_DAYS);
    return {
      id,
      displayName: s.displayName,
      email: s.email,
      timeZone: s.timeZone,
      city: s.city ?? cityOf(s.timeZone),
      workingHours: toHoursDto(s.workingHours),
      weekend: weekendOf(s.workingHours),
      ...(holiday ? { nextHoliday: { on: holiday.on, name: holiday.name, worked: (preference?.workedHolidays ?? []).includes(holiday.on) } } : {}),
      ...(s.lastContactAt ? { lastContactAt: s.lastContactAt } : {}),
      owed,
      strip: toStripDto(composeOverlapStrip(day, world.user.workingHours, s.workingHours)),
      preference: toPreferenceDto(preference),
    };
  };

  const gravest = (c: PersonCard) => Math.min(6, ...c.owed.map((o) => STATE_RANK[o.state]));
  const people = world.stakeholders
    .map(card)
    .sort((a, b) => gravest(a) - gravest(b) || b.owed.length - a.owed.length || a.displayName.localeCompare(b.displayName));
  return {
    generatedAt: now,
    user: {
      displayName: world.user.displayName,
      timeZone: world.user.timeZone,
      city: world.user.city ?? cityOf(world.user.timeZone),
      workingHours: toHoursDto(world.user.workingHours),
    },
    holidayWindowDays: HOLIDAY_WINDOW_DAYS,
    people,
  };
}
