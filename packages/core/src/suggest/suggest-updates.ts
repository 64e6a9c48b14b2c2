import { toSupportedLocale } from '../culture/supported-locales.js';
import type { Stakeholder } from '../model/person.js';
import type { WorkItem } from '../model/work-item.js';
import { toRiskSettings } from '../risk/risk-settings.js';
import { readDueDate } from '../risk/read-due-date.js';
import type { ItemRisk, RiskState } from '../risk/types.js';
import type { Instant, LocalDate } from '../time/types.js';
import { instantMs, localDateOf, msToInstant } from '../time/zoned-time.js';
import { assembleDigest } from './assemble-digest.js';
import { assembleMeetingBrief } from './assemble-meeting-brief.js';
import { chooseSendTime } from './choose-send-time.js';
import { type ItemFacts, createItemFacts } from './create-item-facts.js';
import type { DayOwner } from './day-of.js';
import { findHelp } from './find-help.js';
import { toSuggestSettings } from './suggest-settings.js';
import { toIsoWeek } from './to-iso-week.js';
import {
  SUGGESTION_KINDS,
  type ConfirmItem,
  type DeliveredItem,
  type HeadsUpItem,
  type HeldSuggestion,
  type HelpAsk,
  type HelpOption,
  type LastContact,
  type LastSuggested,
  type OnTrackItem,
  type SuggestInput,
  type SuggestResult,
  type Suggestion,
  type SuggestionKind,
  type SuggestionMemory,
  type SuggestionPeriod,
  type SuggestionReason,
  type SuggestionSeverity,
} from './types.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SEVERITY_RANK: Readonly<Record<SuggestionSeverity, number>> = { routine: 0, 'at-risk': 1, 'off-track': 2, overdue: 3 };
const KIND_RANK = new Map(SUGGESTION_KINDS.map((kind, i) => [kind, i]));
/**
 * Kinds held by the once-a-day rule. Not held: what the user asked for (the digest), what belongs to a meeting
 * (the brief), and the confirmation of a new commitment, which answers the stakeholder's own request (their flagged
 * mail, their assignment) while it is new: agreeing what "done" and "by Friday" mean cannot wait a day.
 */
const UNPROMPTED: ReadonlySet<SuggestionKind> = new Set(['heads-up', 'on-track', 'delivered', 'ask-for-help']);
type Trouble = 'at-risk' | 'off-track' | 'overdue';
const isTrouble = (state: RiskState): state is Trouble => state === 'at-risk' || state === 'off-track' || state === 'overdue';

/** A suggestion before its send time: who, why, and what its id is made of. */
interface Draft {
  readonly kind: SuggestionKind;
  readonly recipientIds: readonly string[];
  readonly itemIds: readonly string[];
  /** What the id names between kind and recipients: the item ids, a meeting id, or nothing (digest). */
  readonly subject: string;
  readonly reason: SuggestionReason;
  readonly severity: SuggestionSeverity;
  readonly period: SuggestionPeriod;
  readonly fingerprint: string;
  /** Nothing at or after this (a brief goes out before its meeting). */
  readonly before?: Instant;
}

const sortIds = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const maxOf = <T extends string>(values: readonly T[]): T => values.reduce((m, v) => (v > m ? v : m));
const idOf = (d: Pick<Draft, 'kind' | 'subject' | 'recipientIds' | 'period'>): string => `${d.kind}:${d.subject}:${d.recipientIds.join(',')}:${d.period}`;
const stateKey = (risk: ItemRisk, facts: ItemFacts): string => `${risk.itemId}=${risk.state}@${facts.promisedOn(risk) ?? '-'}`;

/** Groups values by their sorted recipient set, the groups in key order (several items for the same people: one message). */
function groupByRecipients<T>(entries: readonly { recipientIds: readonly string[]; value: T }[]): { recipientIds: string[]; values: T[] }[] {
  const groups = new Map<string, { recipientIds: string[]; values: T[] }>();
  for (const e of entries) {
    const ids = sortIds(e.recipientIds);
    const key = ids.join(',');
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { recipientIds: ids, values: [e.value] });
    else g.values.push(e.value);
  }
  return [...groups.entries()].sort(([a], [b]) => compare(a, b)).map(([, g]) => g);
}

/** Narrows a reason to the recipients of one send group (when no common window exists). */
function narrowReason(reason: SuggestionReason, ids: ReadonlySet<string>): SuggestionReason {
  const keep = <T extends { recipientId: string }>(list: readonly T[]) => list.filter((r) => ids.has(r.recipientId));
  switch (reason.kind) {
    case 'heads-up':
      return { ...reason, items: reason.items.map((i) => ({ ...i, readings: keep(i.readings) })) };
    case 'confirm-promise':
      return { ...reason, items: reason.items.map((i) => ({ ...i, readings: keep(i.readings) })) };
    case 'on-track':
      return { ...reason, items: reason.items.map((i) => ({ ...i, readings: keep(i.readings) })), contacts: keep(reason.contacts) };
    case 'delivered':
      return { ...reason, items: reason.items.map((i) => ({ ...i, readings: keep(i.readings) })) };
    case 'meeting-brief':
      return { ...reason, brief: { ...reason.brief, attendees: reason.brief.attendees.filter((a) => ids.has(a.personId)) } };
    case 'ask-for-help':
    case 'weekly-digest':
      return reason;
  }
}

/**
 * Decides which updates to suggest, to whom, why (facts) and when, from the world, the risk report and what the
 * server remembers:
 * - **heads-up** for items at risk, off track or overdue, grouped by recipients, once per change of state or of the
 *   date to promise (the change day is the period), with the cause, the date to promise per reader, the first
 *   promised date and what would help;
 * - **confirm-promise** for new commitments (`createdAt` within `newCommitmentHours`) that are not in trouble;
 * - **on-track** per stakeholder not contacted for `silentDays` whose on-track item is due within `onTrackWithinDays`
 *   (once per ISO week); an unknown last contact is not taken as silence;
 * - **delivered** for items completed within `deliveredWithinHours`, naming co-assignees and contributors to thank;
 * - **ask-for-help** to the colleague who can take the most of an off-track item (`findHelp`), one message per colleague;
 * - **meeting-brief** for meetings starting within `briefAheadHours`, to the attendees who are owed something, sent
 *   before the meeting;
 * - **weekly-digest** when asked (`digest`), not drafted when there is nothing worth saying unless `force`.
 *
 * Send times come from `chooseSendTime` (a group per common window). Dismissed suggestions stay held while their
 * fingerprint is unchanged, snoozed ones until their time. Unprompted kinds reach each person at most once a day
 * unless the news is worse (higher severity): a person whose day is taken is left out of the message.
 * @example
 * const { suggestions, memoryAfter } = suggestUpdates({ world, report: assessRisks(world, now), now, memory: emptySuggestionMemory });
 * suggestions[0]; // { id: 'heads-up:t1:lena@x:2026-12-01', kind: 'heads-up', sendAt: '2026-12-01T08:00:00Z', … }
 */
export function suggestUpdates(input: SuggestInput): SuggestResult {
  const { world, report, now, memory } = input;
  const s = toSuggestSettings(input.settings);
  const riskSettings = toRiskSettings(input.riskSettings);
  const nowMs = instantMs(now);
  const user = world.user;
  const userTz = user.timeZone;
  const today = localDateOf(nowMs, userTz);
  const dayOfUser = (at: Instant): LocalDate => localDateOf(instantMs(at), userTz);
  const facts = createItemFacts(world, report, memory);
  const items = new Map<string, WorkItem>(world.items.map((i) => [i.id, i]));
  const stakeholders = new Map<string, Stakeholder>(world.stakeholders.map((p) => [p.id.toLowerCase(), p]));
  const people = new Map<string, DayOwner>();
  for (const p of world.colleagues ?? []) people.set(p.id.toLowerCase(), p);
  for (const p of world.people ?? []) people.set(p.id.toLowerCase(), p);
  for (const p of world.stakeholders) people.set(p.id.toLowerCase(), p);
  // Someone we know nothing about is written to inside the user's own working time.
  const ownerOf = (id: string): DayOwner => people.get(id) ?? { ...user, id };
  const known = new Map(report.items.map((r) => [r.itemId, facts.knownAfter(r, today)]));
  const recipientsOf = (risk: ItemRisk): string[] => sortIds(risk.deadlines.flatMap((d) => (d.stakeholderId === undefined ? [] : [d.stakeholderId.toLowerCase()])));
  const on = s.kinds;
  const drafts: Draft[] = [];
  // One help context for the run: each colleague's timeline is built once, to the latest deadline in trouble.
  const troubleEnds = report.items.flatMap((r) => (isTrouble(r.state) && r.deadline !== undefined ? [instantMs(r.deadline.at)] : []));
  const helpContext = {
    world,
    risks: facts.risks,
    now,
    riskSettings,
    minHelpMinutes: s.minHelpMinutes,
    timelines: new Map(),
    ...(troubleEnds.length === 0 ? {} : { until: msToInstant(Math.max(...troubleEnds)) }),
  };

  // Heads-up: one message per set of recipients, its period the latest change among its items.
  if (on['heads-up']) {
    const entries = report.items.flatMap((risk) => {
      const state = risk.state;
      const recipientIds = recipientsOf(risk);
      if (!isTrouble(state) || recipientIds.length === 0) return [];
      const k = known.get(risk.itemId)!;
      const help: HelpOption[] = [];
      const promisedOn = facts.promisedOn(risk);
      if (promisedOn !== undefined) help.push({ kind: 'new-date', itemId: risk.itemId, on: promisedOn });
      const cause = facts.cause(risk);
      if (cause?.kind === 'earlier-work') help.push({ kind: 'reprioritise', itemId: risk.itemId, roots: cause.roots });
      const found = findHelp(risk, helpContext);
      if (found !== undefined) help.push({ kind: 'colleague', ...found });
      if (cause?.kind === 'own-effort' && cause.shortMinutes > 0) help.push({ kind: 'reduce-scope', itemId: risk.itemId, minutes: cause.shortMinutes });
      const item: HeadsUpItem = {
        itemId: risk.itemId,
        title: risk.title,
        ...(k.fromState === undefined ? {} : { from: k.fromState }),
        to: state,
        figures: risk.figures,
        ...(cause === undefined ? {} : { cause }),
        ...(risk.promise === undefined ? {} : { promise: risk.promise }),
        history: facts.history(risk),
        readings: recipientIds.map((id) => facts.reading(risk, id)),
        help,
      };
      return [{ recipientIds, value: { item, risk, sinceOn: k.sinceOn } }];
    });
    for (const g of groupByRecipients(entries)) {
      const values = g.values.sort((a, b) => compare(a.item.itemId, b.item.itemId));
      const worst = values.reduce<Trouble>((w, v) => (SEVERITY_RANK[v.item.to] > SEVERITY_RANK[w] ? v.item.to : w), 'at-risk');
      drafts.push({
        kind: 'heads-up',
        recipientIds: g.recipientIds,
        itemIds: values.map((v) => v.item.itemId),
        subject: values.map((v) => v.item.itemId).join(','),
        reason: { kind: 'heads-up', items: values.map((v) => v.item) },
        severity: worst,
        period: maxOf(values.map((v) => v.sinceOn)),
        fingerprint: values.map((v) => stateKey(v.risk, facts)).join(';'),
      });
    }
  }

  // Confirm the promise: new commitments that are not in trouble (a heads-up covers those).
  if (on['confirm-promise']) {
    const entries = report.items.flatMap((risk) => {
      const item = items.get(risk.itemId);
      const createdAt = item?.createdAt;
      const recipientIds = recipientsOf(risk);
      if (item?.due === undefined || createdAt === undefined || isTrouble(risk.state) || recipientIds.length === 0) return [];
      const age = nowMs - instantMs(createdAt);
      if (age < 0 || age > s.newCommitmentHours * HOUR_MS) return [];
      const value: ConfirmItem = { itemId: risk.itemId, title: risk.title, createdAt, readings: recipientIds.map((id) => facts.reading(risk, id)) };
      return [{ recipientIds, value: { value, dueOn: item.due.on } }];
    });
    for (const g of groupByRecipients(entries)) {
      const values = g.values.sort((a, b) => compare(a.value.itemId, b.value.itemId));
      drafts.push({
        kind: 'confirm-promise',
        recipientIds: g.recipientIds,
        itemIds: values.map((v) => v.value.itemId),
        subject: values.map((v) => v.value.itemId).join(','),
        reason: { kind: 'confirm-promise', items: values.map((v) => v.value) },
        severity: 'routine',
        period: maxOf(values.map((v) => dayOfUser(v.value.createdAt))),
        fingerprint: values.map((v) => `${v.value.itemId}@${v.dueOn}`).join(';'),
      });
    }
  }

  // On-track note: per silent stakeholder, their on-track items due soon; the same items for several: one message.
  if (on['on-track']) {
    const entries: { recipientIds: string[]; value: { contact: LastContact; itemIds: string[] } }[] = [];
    for (const person of [...world.stakeholders].sort((a, b) => compare(a.id, b.id))) {
      const id = person.id.toLowerCase();
      if (person.lastContactAt === undefined) continue;
      const silentMs = nowMs - instantMs(person.lastContactAt);
      if (silentMs < s.silentDays * DAY_MS) continue;
      const dueSoon = report.items.filter((risk) => {
        if (risk.state !== 'on-track') return false;
        const deadline = risk.deadlines.find((d) => d.stakeholderId?.toLowerCase() === id);
        const untilMs = deadline === undefined ? Number.NaN : instantMs(deadline.at) - nowMs;
        return untilMs > 0 && untilMs <= s.onTrackWithinDays * DAY_MS;
      });
      if (dueSoon.length === 0) continue;
      const contact: LastContact = { recipientId: id, lastContactAt: person.lastContactAt, silentDays: Math.floor(silentMs / DAY_MS) };
      entries.push({ recipientIds: [id], value: { contact, itemIds: sortIds(dueSoon.map((r) => r.itemId)) } });
    }
    const byItems = new Map<string, { itemIds: string[]; contacts: LastContact[] }>();
    for (const e of entries) {
      const key = e.value.itemIds.join(',');
      const g = byItems.get(key) ?? { itemIds: e.value.itemIds, contacts: [] };
      g.contacts.push(e.value.contact);
      byItems.set(key, g);
    }
    for (const g of byItems.values()) {
      const recipientIds = sortIds(g.contacts.map((c) => c.recipientId));
      const risks = g.itemIds.map((id) => facts.risks.get(id)!);
      const reasonItems: OnTrackItem[] = risks.map((risk) => ({
        itemId: risk.itemId,
        title: risk.title,
        figures: risk.figures,
        readings: recipientIds.map((id) => facts.reading(risk, id)),
      }));
      drafts.push({
        kind: 'on-track',
        recipientIds,
        itemIds: g.itemIds,
        subject: g.itemIds.join(','),
        reason: { kind: 'on-track', items: reasonItems, contacts: g.contacts },
        severity: 'routine',
        period: toIsoWeek(today),
        fingerprint: [...g.itemIds, ...g.contacts.map((c) => `${c.recipientId}@${c.lastContactAt ?? '-'}`)].join(';'),
      });
    }
  }

  // Delivered, with thanks: to the stakeholders of each item completed recently.
  if (on.delivered) {
    const userIds = new Set([user.id.toLowerCase(), user.email.toLowerCase()]);
    const entries = (world.completed ?? []).flatMap((item) => {
      const completedAt = item.completedAt;
      if (completedAt === undefined) return [];
      const age = nowMs - instantMs(completedAt);
      if (age < 0 || age > s.deliveredWithinHours * HOUR_MS) return [];
      const readers = sortIds(item.stakeholderIds.map((id) => id.toLowerCase())).flatMap((id) => stakeholders.get(id) ?? []);
      if (readers.length === 0) return [];
      const due = item.due;
      const readings = readers.map((p) => ({ recipientId: p.id.toLowerCase(), ...(due === undefined ? {} : { deadline: readDueDate(due.on, p).deadline }) }));
      const deadlinesMs = readings.flatMap((r) => (r.deadline === undefined ? [] : [instantMs(r.deadline.at)]));
      const value: DeliveredItem = {
        itemId: item.id,
        title: item.title,
        completedAt,
        thankIds: sortIds(item.contributorIds.map((id) => id.toLowerCase())).filter((id) => !userIds.has(id)),
        readings,
        ...(deadlinesMs.length === 0 ? {} : { onTime: instantMs(completedAt) <= Math.min(...deadlinesMs) }),
        history: facts.historyOf(item.id),
      };
      return [{ recipientIds: readings.map((r) => r.recipientId), value }];
    });
    for (const g of groupByRecipients(entries)) {
      const values = g.values.sort((a, b) => compare(a.itemId, b.itemId));
      drafts.push({
        kind: 'delivered',
        recipientIds: g.recipientIds,
        itemIds: values.map((v) => v.itemId),
        subject: values.map((v) => v.itemId).join(','),
        reason: { kind: 'delivered', items: values },
        severity: 'routine',
        period: maxOf(values.map((v) => dayOfUser(v.completedAt))),
        fingerprint: values.map((v) => `${v.itemId}@${v.completedAt}`).join(';'),
      });
    }
  }

  // Ask for help: one message per colleague, naming what they could take and how many minutes fit.
  if (on['ask-for-help']) {
    const byColleague = new Map<string, Map<string, { ask: HelpAsk; key: string; sinceOn: LocalDate }>>();
    for (const risk of report.items) {
      if (risk.state !== 'off-track') continue;
      const found = findHelp(risk, helpContext);
      const taken = found === undefined ? undefined : facts.risks.get(found.itemId);
      if (found === undefined || taken?.deadline === undefined) continue;
      const asks = byColleague.get(found.colleagueId.toLowerCase()) ?? new Map();
      const short = facts.shortMinutes(risk);
      const before = asks.get(found.itemId);
      if (before === undefined || before.ask.shortMinutes < short) {
        const ask: HelpAsk = { itemId: found.itemId, title: taken.title, deadline: taken.deadline, shortMinutes: short, freeMinutes: found.freeMinutes, minutes: found.minutes };
        asks.set(found.itemId, { ask, key: `${stateKey(risk, facts)}>${found.itemId}`, sinceOn: known.get(risk.itemId)!.sinceOn });
      }
      byColleague.set(found.colleagueId.toLowerCase(), asks);
    }
    for (const [colleagueId, asks] of [...byColleague.entries()].sort(([a], [b]) => compare(a, b))) {
      const values = [...asks.values()].sort((a, b) => compare(a.ask.itemId, b.ask.itemId));
      drafts.push({
        kind: 'ask-for-help',
        recipientIds: [colleagueId],
        itemIds: values.map((v) => v.ask.itemId),
        subject: values.map((v) => v.ask.itemId).join(','),
        reason: { kind: 'ask-for-help', colleagueId, items: values.map((v) => v.ask) },
        severity: 'off-track',
        period: maxOf(values.map((v) => v.sinceOn)),
        fingerprint: `${colleagueId}|${values.map((v) => v.key).join(';')}`,
      });
    }
  }

  // Meeting brief: to the attendees who are owed something, before the meeting starts.
  if (on['meeting-brief']) {
    for (const meeting of [...(world.meetings ?? [])].sort((a, b) => compare(a.id, b.id))) {
      const startMs = instantMs(meeting.start);
      if (startMs <= nowMs || startMs > nowMs + s.briefAheadHours * HOUR_MS) continue;
      const brief = assembleMeetingBrief(meeting, { world, report, memory, lateInDayMinutes: s.lateInDayMinutes });
      const owedTo = brief.attendees.filter((a) => a.owed.length > 0);
      if (owedTo.length === 0) continue;
      const itemIds = sortIds(owedTo.flatMap((a) => a.owed.map((o) => o.itemId)));
      drafts.push({
        kind: 'meeting-brief',
        recipientIds: sortIds(owedTo.map((a) => a.personId)),
        itemIds,
        subject: meeting.id,
        reason: { kind: 'meeting-brief', brief },
        severity: 'routine',
        period: dayOfUser(meeting.start),
        fingerprint: `${meeting.start}|${itemIds.map((id) => stateKey(facts.risks.get(id)!, facts)).join(';')}`,
        before: meeting.start,
      });
    }
  }

  const held: HeldSuggestion[] = [];
  // Weekly digest: only when asked, and only with something worth saying unless forced.
  if (on['weekly-digest'] && input.digest !== undefined && input.digest.audienceIds.length > 0) {
    const digest = assembleDigest({ world, report, now, memory, audienceIds: input.digest.audienceIds, riskSettings, minHelpMinutes: s.minHelpMinutes });
    const draft: Draft = {
      kind: 'weekly-digest',
      recipientIds: digest.audienceIds,
      itemIds: sortIds([...digest.done, ...digest.inProgress, ...digest.atRisk, ...digest.help].map((i) => i.itemId)),
      subject: '',
      reason: { kind: 'weekly-digest', digest },
      severity: 'routine',
      period: digest.period,
      fingerprint: [
        ...digest.done.map((d) => `done:${d.itemId}`),
        ...digest.atRisk.map((r) => `${r.itemId}=${r.state}@${r.history.currentOn ?? '-'}`),
        ...digest.help.map((h) => `help:${h.itemId}>${h.colleagueId ?? '-'}`),
      ].join(';'),
    };
    if (digest.isEmpty && !input.digest.force) held.push({ id: idOf(draft), kind: 'weekly-digest', why: 'nothing-to-say' });
    else drafts.push(draft);
  }

  // Send times: a draft whose recipients share no window becomes one suggestion per group.
  const dismissed = new Map(memory.dismissed.map((d) => [d.id, d.fingerprint]));
  const snoozedUntil = new Map(memory.snoozed.map((d) => [d.id, instantMs(d.until)]));
  // Each reader reads their own language: recipients who read different catalogues get one message per language
  // (a brief is the user's own, in the user's language).
  const catalogueOf = (id: string): string => toSupportedLocale(stakeholders.get(id)?.language ?? user.language);
  const place = (draft: Draft, recipientIds: readonly string[]): Suggestion[] => {
    if (draft.kind === 'meeting-brief') return placeGroup(draft, recipientIds);
    const byLanguage = new Map<string, string[]>();
    for (const id of recipientIds) byLanguage.set(catalogueOf(id), [...(byLanguage.get(catalogueOf(id)) ?? []), id]);
    return [...byLanguage.entries()].sort(([a], [b]) => compare(a, b)).flatMap(([, ids]) => placeGroup(draft, ids));
  };
  const placeGroup = (draft: Draft, recipientIds: readonly string[]): Suggestion[] => {
    const choice = chooseSendTime(recipientIds.map(ownerOf), now, { withinDays: s.sendWindowDays, ...(draft.before === undefined ? {} : { before: draft.before }) });
    if (choice.unreachable.length > 0) {
      held.push({ id: idOf({ ...draft, recipientIds: sortIds(choice.unreachable) }), kind: draft.kind, why: 'no-send-time' });
    }
    return choice.groups.map((g) => {
      const split = g.recipientIds.length !== draft.recipientIds.length;
      const reason = split ? narrowReason(draft.reason, new Set(g.recipientIds)) : draft.reason;
      return {
        id: idOf({ ...draft, recipientIds: g.recipientIds }),
        kind: draft.kind,
        recipientIds: g.recipientIds,
        itemIds: draft.itemIds,
        reason,
        severity: draft.severity,
        sendAt: g.sendAt,
        period: draft.period,
        fingerprint: draft.fingerprint,
      };
    });
  };
  const isHeld = (sg: Suggestion): boolean => {
    if (dismissed.get(sg.id) === sg.fingerprint) {
      held.push({ id: sg.id, kind: sg.kind, why: 'dismissed' });
      return true;
    }
    const until = snoozedUntil.get(sg.id);
    if (until !== undefined && until > nowMs) {
      held.push({ id: sg.id, kind: sg.kind, why: 'snoozed' });
      return true;
    }
    return false;
  };
  const draftOf = new Map<Suggestion, Draft>();
  const placed: Suggestion[] = [];
  for (const draft of drafts) {
    for (const sg of place(draft, draft.recipientIds)) {
      if (isHeld(sg)) continue;
      draftOf.set(sg, draft);
      placed.push(sg);
    }
  }

  // Once a day per person for unprompted kinds, unless worse: the most severe first takes each person's day.
  const last = new Map<string, LastSuggested>(memory.lastByStakeholder.map((l) => [l.stakeholderId.toLowerCase(), l]));
  placed.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)! || compare(a.id, b.id));
  const suggestions: Suggestion[] = [];
  for (const sg of placed) {
    if (!UNPROMPTED.has(sg.kind)) {
      suggestions.push(sg);
      continue;
    }
    // The same message (kind, subject, period) to any set of recipients is no new suggestion: a message narrowed
    // or split earlier keeps its people's day.
    const draft = draftOf.get(sg)!;
    const head = `${draft.kind}:${draft.subject}:`;
    const tail = `:${draft.period}`;
    const isSameMessage = (id: string) => id.startsWith(head) && id.endsWith(tail) && id.length >= head.length + tail.length;
    const allowed = (id: string) => {
      const l = last.get(id);
      return l === undefined || l.on !== today || isSameMessage(l.suggestionId) || SEVERITY_RANK[sg.severity] > SEVERITY_RANK[l.severity];
    };
    let final: Suggestion | undefined = sg;
    const kept = sg.recipientIds.filter((id) => allowed(id));
    if (kept.length === 0) {
      held.push({ id: sg.id, kind: sg.kind, why: 'once-a-day' });
      continue;
    }
    if (kept.length < sg.recipientIds.length) {
      held.push({ id: sg.id, kind: sg.kind, why: 'once-a-day' });
      // The others still hear today: the same message to fewer people, with its own id and window.
      const [narrowed] = place(draft, kept);
      final = narrowed !== undefined && narrowed.recipientIds.length === kept.length && !isHeld(narrowed) ? narrowed : undefined;
    }
    if (final === undefined) continue;
    for (const id of final.recipientIds) {
      // Only a suggestion new to this person takes their day; the one already made keeps the day it was made.
      const l = last.get(id);
      if (l !== undefined && isSameMessage(l.suggestionId)) continue;
      last.set(id, { stakeholderId: id, on: today, severity: final.severity, suggestionId: final.id });
    }
    suggestions.push(final);
  }
  suggestions.sort((a, b) => instantMs(a.sendAt) - instantMs(b.sendAt) || KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)! || compare(a.id, b.id));

  // Memory: dismissals hold until the situation changes; snoozes until their time.
  const fingerprints = new Map<string, string>();
  for (const sg of [...placed, ...suggestions]) fingerprints.set(sg.id, sg.fingerprint);
  const memoryAfter: SuggestionMemory = {
    dismissed: memory.dismissed.filter((d) => (fingerprints.get(d.id) ?? d.fingerprint) === d.fingerprint),
    snoozed: memory.snoozed.filter((d) => instantMs(d.until) > nowMs),
    firstPromised: [...facts.firstPromised.entries()].sort(([a], [b]) => compare(a, b)).map(([itemId, first]) => ({ itemId, on: first })),
    lastByStakeholder: [...last.values()].sort((a, b) => compare(a.stakeholderId, b.stakeholderId)),
    items: [...known.values()].sort((a, b) => compare(a.itemId, b.itemId)),
  };
  const heldOnce = [...new Map(held.map((h) => [`${h.id}\n${h.why}`, h])).values()];
  return { suggestions, held: heldOnce, memoryAfter };
}
