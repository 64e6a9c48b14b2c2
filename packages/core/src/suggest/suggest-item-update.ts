import type { DayOwner } from './day-of.js';
import { toRiskSettings } from '../risk/risk-settings.js';
import type { ItemRisk, RiskState } from '../risk/types.js';
import { instantMs, localDateOf } from '../time/zoned-time.js';
import { chooseSendTime } from './choose-send-time.js';
import { createItemFacts } from './create-item-facts.js';
import { findHelp } from './find-help.js';
import { toSuggestSettings } from './suggest-settings.js';
import type { HeadsUpItem, HelpOption, LastContact, Suggestion, SuggestInput } from './types.js';

const DAY_MS = 86_400_000;
type Trouble = 'at-risk' | 'off-track' | 'overdue';
const isTrouble = (state: RiskState): state is Trouble => state === 'at-risk' || state === 'off-track' || state === 'overdue';
const sortIds = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** What `suggestItemUpdate` reads: the same as `suggestUpdates`, and the item the user asked about. */
export interface ItemUpdateInput extends Pick<SuggestInput, 'world' | 'report' | 'now' | 'memory' | 'settings' | 'riskSettings'> {
  readonly itemId: string;
}

/** The update the user asked for, or why there is none. */
export type ItemUpdateResult =
  | { readonly outcome: 'suggested'; readonly suggestion: Suggestion }
  /** The report does not judge this item (unknown, completed, or outside the horizon). */
  | { readonly outcome: 'unknown-item' }
  /** Nobody waits on the item: there is no one to write to. */
  | { readonly outcome: 'no-stakeholders' };

/**
 * The update for one item the user asked for (from the Risks view), whatever noise control would hold: a
 * **heads-up** when the item is at risk, off track or overdue (with its cause, the date to promise per reader and
 * what would help), an **on-track** note otherwise; addressed to all the item's stakeholders in one message, in the
 * user's day as its period. Its id has the shape of `suggestUpdates`' ids (`<kind>:<item>:<recipients>:<day>`), so
 * when the list already holds this very message the two are one suggestion (and one draft).
 * @example suggestItemUpdate({ world, report, now, memory, itemId: 't1' })
 * // { outcome: 'suggested', suggestion: { id: 'heads-up:t1:jonas@x:2025-03-24', kind: 'heads-up', … } }
 */
export function suggestItemUpdate(input: ItemUpdateInput): ItemUpdateResult {
  const { world, report, now, memory, itemId } = input;
  const s = toSuggestSettings(input.settings);
  const risk: ItemRisk | undefined = report.items.find((r) => r.itemId === itemId);
  if (risk === undefined) return { outcome: 'unknown-item' };
  const recipientIds = sortIds(risk.deadlines.flatMap((d) => (d.stakeholderId === undefined ? [] : [d.stakeholderId.toLowerCase()])));
  if (recipientIds.length === 0) return { outcome: 'no-stakeholders' };
  const facts = createItemFacts(world, report, memory);
  const nowMs = instantMs(now);
  const today = localDateOf(nowMs, world.user.timeZone);
  const promisedOn = facts.promisedOn(risk);
  const state = risk.state;

  let suggestion: Omit<Suggestion, 'sendAt'>;
  if (isTrouble(state)) {
    const help: HelpOption[] = [];
    if (promisedOn !== undefined) help.push({ kind: 'new-date', itemId, on: promisedOn });
    const cause = facts.cause(risk);
    if (cause?.kind === 'earlier-work') help.push({ kind: 'reprioritise', itemId, roots: cause.roots });
    const found = findHelp(risk, { world, risks: facts.risks, now, riskSettings: toRiskSettings(input.riskSettings), minHelpMinutes: s.minHelpMinutes });
    if (found !== undefined) help.push({ kind: 'colleague', ...found });
    if (cause?.kind === 'own-effort' && cause.shortMinutes > 0) help.push({ kind: 'reduce-scope', itemId, minutes: cause.shortMinutes });
    const known = memory.items.find((k) => k.itemId === itemId);
    const from = known !== undefined && known.state !== state ? known.state : undefined;
    const item: HeadsUpItem = {
      itemId,
      title: risk.title,
      ...(from === undefined ? {} : { from }),
      to: state,
      figures: risk.figures,
      ...(cause === undefined ? {} : { cause }),
      ...(risk.promise === undefined ? {} : { promise: risk.promise }),
      history: facts.history(risk),
      readings: recipientIds.map((id) => facts.reading(risk, id)),
      help,
    };
    suggestion = {
      id: `heads-up:${itemId}:${recipientIds.join(',')}:${today}`,
      kind: 'heads-up',
      recipientIds,
      itemIds: [itemId],
      reason: { kind: 'heads-up', items: [item] },
      severity: state,
      period: today,
      fingerprint: `${itemId}=${state}@${promisedOn ?? '-'}`,
    };
  } else {
    const people = new Map(world.stakeholders.map((p) => [p.id.toLowerCase(), p]));
    const contacts: LastContact[] = recipientIds.map((id) => {
      const at = people.get(id)?.lastContactAt;
      return at === undefined ? { recipientId: id } : { recipientId: id, lastContactAt: at, silentDays: Math.max(0, Math.floor((nowMs - instantMs(at)) / DAY_MS)) };
    });
    suggestion = {
      id: `on-track:${itemId}:${recipientIds.join(',')}:${today}`,
      kind: 'on-track',
      recipientIds,
      itemIds: [itemId],
      reason: { kind: 'on-track', items: [{ itemId, title: risk.title, figures: risk.figures, readings: recipientIds.map((id) => facts.reading(risk, id)) }], contacts },
      severity: 'routine',
      period: today,
      fingerprint: `${itemId}=${state}@${promisedOn ?? '-'}`,
    };
  }

  // The earliest moment one of them can read it in their working hours (the user asked: it is one message to all).
  const owners = new Map<string, DayOwner>();
  for (const p of [...(world.colleagues ?? []), ...(world.people ?? []), ...world.stakeholders]) owners.set(p.id.toLowerCase(), p);
  const choice = chooseSendTime(recipientIds.map((id) => owners.get(id) ?? { ...world.user, id }), now, { withinDays: s.sendWindowDays });
  const sendAt = choice.groups.map((g) => g.sendAt).sort((a, b) => instantMs(a) - instantMs(b))[0] ?? now;
  return { outcome: 'suggested', suggestion: { ...suggestion, sendAt } };
}
