import type { OutlookContext as OutlookContextDto, OutlookContextRequest, OutlookDayPart, OutlookPerson, OutlookOwedItem, OutlookUpdate } from '@upfront/contracts';
import {
  dayOffOf,
  localDateOf,
  suggestUpdates,
  type Instant,
  type ItemRisk,
  type RiskReport,
  type RiskState,
  type StakeholderDeadline,
  type Suggestion,
  type SuggestionMemory,
  type SuggestionSeverity,
  type SuggestSettings,
  type UserWorld,
} from '@upfront/core';
import type { Store, UserKey } from '@upfront/store';
import type { GraphTokenSource } from './graph-token-source.js';
import type { LoadAssessedWorld } from './load-assessed-world.js';
import { toPeopleById, type Reader } from './to-people-by-id.js';
import { toTheirMorning } from './to-their-morning.js';
import { writeSuggestion } from './write-suggestion.js';

export interface OutlookContextDeps {
  readonly loadAssessedWorld: LoadAssessedWorld;
  readonly store: Store;
}

/** What the Outlook add-in pane shows for the people of one message. */
export interface OutlookContexts {
  /** Facts per address (items owed, their day, time away, next morning) and the update to insert; nothing is stored. */
  forMessage(key: UserKey, tokens: GraphTokenSource, request: OutlookContextRequest): Promise<OutlookContextDto>;
}

/** The horizon the pane reads (the tab's). */
const HORIZON_DAYS = 14;
const GRAVITY: Readonly<Record<RiskState, number>> = { overdue: 0, 'off-track': 1, 'at-risk': 2, 'on-track': 3, later: 4, 'no-due-date': 5 };
const SEVERITY_RANK: Readonly<Record<SuggestionSeverity, number>> = { routine: 0, 'at-risk': 1, 'off-track': 2, overdue: 3 };
/** The kinds an update to the people one writes to can be: what the user owes them, never a digest, brief or ask. */
const MESSAGE_KINDS = new Set(['heads-up', 'confirm-promise', 'on-track', 'delivered']);

/**
 * The person writing to someone asked for it, so the update is written whatever noise control would hold:
 * no once-a-day rule, no dismissal or snooze (their memory of first promises and states is kept), and an on-track
 * note for any item due in the horizon, however recently they were in touch.
 */
const ASKED_SETTINGS: Partial<SuggestSettings> = {
  kinds: { 'heads-up': true, 'confirm-promise': true, 'on-track': true, delivered: true, 'ask-for-help': false, 'meeting-brief': false, 'weekly-digest': false },
  onTrackWithinDays: HORIZON_DAYS,
  silentDays: 0,
};

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes since local midnight on the person's wall clock (a DST day counts as its clock shows). */
function wallMinutes(nowMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(nowMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

function dayPartOf(person: Reader & { workedHolidays?: readonly string[] }, nowMs: number): { part: OutlookDayPart; holidayName?: string } {
  const zone = person.workingHours.timeZone;
  const off = dayOffOf(person as Parameters<typeof dayOffOf>[0], localDateOf(nowMs, zone));
  if (off !== undefined) return off.why === 'holiday' ? { part: 'day-off', holidayName: off.name } : { part: 'day-off' };
  const minutes = wallMinutes(nowMs, zone);
  if (minutes < minutesOf(person.workingHours.start)) return { part: 'before-hours' };
  if (minutes >= minutesOf(person.workingHours.end)) return { part: 'after-hours' };
  return { part: 'in-hours' };
}

function readingFor(deadlines: readonly StakeholderDeadline[], fallback: StakeholderDeadline | undefined, address: string): StakeholderDeadline | undefined {
  return deadlines.find((d) => d.stakeholderId?.toLowerCase() === address) ?? fallback;
}

function toOwed(risk: ItemRisk, address: string): OutlookOwedItem {
  const deadline = readingFor(risk.deadlines, risk.deadline, address);
  const promise = risk.promise?.kind === 'date' ? readingFor(risk.promise.deadlines, risk.promise.deadline, address) : undefined;
  return {
    itemId: risk.itemId,
    title: risk.title,
    state: risk.state,
    ...(deadline === undefined ? {} : { deadlineAt: deadline.at }),
    ...(promise === undefined ? {} : { promiseOn: promise.effectiveOn, promiseAt: promise.at }),
  };
}

/** The suggestion that speaks to most of these people (the gravest news first), if any is worth writing. */
function bestSuggestion(suggestions: readonly Suggestion[], addresses: ReadonlySet<string>): Suggestion | undefined {
  const reach = (s: Suggestion) => s.recipientIds.filter((id) => addresses.has(id.toLowerCase())).length;
  return suggestions
    .filter((s) => MESSAGE_KINDS.has(s.kind) && reach(s) > 0)
    .sort((a, b) => reach(b) - reach(a) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.id < b.id ? -1 : 1))[0];
}

function composeUpdate(world: UserWorld, report: RiskReport, now: Instant, memory: SuggestionMemory, addresses: ReadonlySet<string>): OutlookUpdate | undefined {
  const asked: SuggestionMemory = { ...memory, dismissed: [], snoozed: [], lastByStakeholder: [] };
  const { suggestions } = suggestUpdates({ world, report, now, memory: asked, settings: ASKED_SETTINGS });
  const chosen = bestSuggestion(suggestions, addresses);
  if (chosen === undefined) return undefined;
  // Written for the people of this message only (a suggestion may also name others the user did not address).
  const recipientIds = chosen.recipientIds.filter((id) => addresses.has(id.toLowerCase()));
  const { mail } = writeSuggestion({ ...chosen, recipientIds }, world, now);
  return { subject: mail.subject, html: mail.html, text: mail.text, locale: mail.locale, recipients: recipientIds.map((id) => id.toLowerCase()) };
}

/**
 * The Outlook pane's context on the shared assessed world: for each address what the user owes that person (their
 * reading of each deadline and of the date to promise), where their day stands now, their time away (mail tips,
 * read with the world), the start of their next working day, and one update written in their language and tone.
 * Addresses Upfront does not know come back as unknown with nothing owed. Nothing about the message is stored.
 */
export function createOutlookContexts(deps: OutlookContextDeps): OutlookContexts {
  return {
    async forMessage(key, tokens, request) {
      const [assessed, memory] = await Promise.all([deps.loadAssessedWorld(key, tokens, { horizonDays: HORIZON_DAYS }), deps.store.suggestions.loadMemory(key)]);
      const { report, now } = assessed;
      const world: UserWorld = request.locale === undefined ? assessed.world : { ...assessed.world, user: { ...assessed.world.user, language: request.locale } };
      const nowMs = Date.parse(now);
      const addresses = [...new Set(request.addresses.map((a) => a.trim().toLowerCase()))].filter((a) => a !== world.user.email.toLowerCase());
      const people = toPeopleById(world);
      const itemsById = new Map(world.items.map((i) => [i.id, i]));
      const known: Reader[] = [];
      const rows = addresses.map((address): OutlookPerson => {
        const person = people.get(address);
        const owed = report.items
          .filter((r) => (itemsById.get(r.itemId)?.stakeholderIds ?? []).some((id) => id.toLowerCase() === address))
          .sort((a, b) => GRAVITY[a.state] - GRAVITY[b.state] || (a.deadline?.at ?? '').localeCompare(b.deadline?.at ?? ''))
          .map((r) => toOwed(r, address));
        if (person === undefined) return { address, known: false, name: address, shortName: address, owed };
        known.push(person);
        const { part, holidayName } = dayPartOf(person, nowMs);
        const nextMorningAt = toTheirMorning([person], now);
        const away = person.away !== undefined && Date.parse(person.away.end) > nowMs ? person.away : undefined;
        return {
          address,
          known: true,
          name: person.displayName,
          shortName: person.givenName ?? person.displayName,
          timeZone: person.timeZone,
          ...(person.city === undefined ? {} : { city: person.city }),
          dayPart: part,
          ...(holidayName === undefined ? {} : { holidayName }),
          ...(away === undefined ? {} : { away: { start: away.start, end: away.end } }),
          ...(nextMorningAt === undefined ? {} : { nextMorningAt }),
          owed,
        };
      });
      const deliverAt = known.length === 0 ? undefined : toTheirMorning(known, now);
      const update = request.mode === 'compose' ? composeUpdate(world, report, now, memory, new Set(addresses)) : undefined;
      return {
        mode: request.mode,
        now,
        userTimeZone: world.user.timeZone,
        people: rows,
        ...(deliverAt === undefined ? {} : { deliverAt }),
        ...(update === undefined ? {} : { update }),
      };
    },
  };
}
