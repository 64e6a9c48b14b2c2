import type { UserWorld } from '../model/world.js';
import type { ItemRisk, RiskReport } from '../risk/types.js';
import type { LocalDate } from '../time/types.js';
import type { CauseFact, ItemStanding, KnownItem, PromiseHistory, RecipientReading, SuggestionMemory } from './types.js';

/** Looks up, per item, the facts every kind of suggestion shares: readings per recipient, cause, promise history. */
export interface ItemFacts {
  readonly risks: ReadonlyMap<string, ItemRisk>;
  /** The first promised date per item after this run: the one memory kept, else today's due date. */
  readonly firstPromised: ReadonlyMap<string, LocalDate>;
  /** The date to promise (as the earliest reader reads it) when the report has one. */
  promisedOn(risk: ItemRisk): LocalDate | undefined;
  /** Minutes short of on track: `needed + margin − free`, never below 0. */
  shortMinutes(risk: ItemRisk): number;
  cause(risk: ItemRisk): CauseFact | undefined;
  history(risk: ItemRisk): PromiseHistory;
  /** The promise history of an item the report no longer judges (a completed one): first and last promised dates. */
  historyOf(itemId: string): PromiseHistory;
  /** What memory should keep about an item after this run; `sinceOn` moves to `today` when state or promise changed. */
  knownAfter(risk: ItemRisk, today: LocalDate): KnownItem;
  reading(risk: ItemRisk, recipientId: string): RecipientReading;
  standing(risk: ItemRisk, recipientId?: string): ItemStanding;
}

/**
 * Builds the shared item facts of one run from the world, the report and what memory kept.
 * @example createItemFacts(world, report, memory).history(risk) // { firstOn: '2026-12-01', currentOn: '2026-12-04' }
 */
export function createItemFacts(world: UserWorld, report: RiskReport, memory: SuggestionMemory): ItemFacts {
  const risks = new Map(report.items.map((r) => [r.itemId, r]));
  const known = new Map(memory.items.map((k) => [k.itemId, k]));
  const firstPromised = new Map<string, LocalDate>();
  const kept = new Map(memory.firstPromised.map((f) => [f.itemId, f.on]));
  for (const item of [...world.items, ...(world.completed ?? [])]) {
    const first = kept.get(item.id) ?? item.due?.on;
    if (first !== undefined) firstPromised.set(item.id, first);
  }
  const promisedOn = (risk: ItemRisk): LocalDate | undefined => (risk.promise?.kind === 'date' ? risk.promise.on : undefined);
  const shortMinutes = (risk: ItemRisk): number => {
    const f = risk.figures;
    return Math.max(0, f.neededMinutes + f.marginMinutes - f.freeMinutes);
  };
  const cause = (risk: ItemRisk): CauseFact | undefined => {
    if (risk.cause === undefined) return undefined;
    if (risk.cause.kind === 'own-effort') return { kind: 'own-effort', shortMinutes: shortMinutes(risk) };
    const roots = risk.cause.rootIds.map((id) => ({ itemId: id, title: risks.get(id)?.title ?? '' }));
    return { kind: 'earlier-work', roots, shortMinutes: shortMinutes(risk) };
  };
  const isChanged = (risk: ItemRisk): boolean => {
    const k = known.get(risk.itemId);
    return k === undefined || k.state !== risk.state || k.promisedOn !== promisedOn(risk);
  };
  const knownAfter = (risk: ItemRisk, today: LocalDate): KnownItem => {
    const k = known.get(risk.itemId);
    const on = promisedOn(risk);
    if (k !== undefined && !isChanged(risk)) return k;
    return {
      itemId: risk.itemId,
      state: risk.state,
      ...(on === undefined ? {} : { promisedOn: on }),
      sinceOn: today,
      ...(k === undefined ? {} : { fromState: k.state }),
      ...(k?.promisedOn === undefined ? {} : { previousPromisedOn: k.promisedOn }),
    };
  };
  const historyOf = (itemId: string): PromiseHistory => {
    const firstOn = firstPromised.get(itemId);
    const currentOn = known.get(itemId)?.promisedOn;
    return { ...(firstOn === undefined ? {} : { firstOn }), ...(currentOn === undefined ? {} : { currentOn }) };
  };
  const history = (risk: ItemRisk): PromiseHistory => {
    const firstOn = firstPromised.get(risk.itemId);
    const currentOn = promisedOn(risk);
    // The promise before the last change: memory's current one if it changes now, else the one it kept from before.
    const k = known.get(risk.itemId);
    const previous = k === undefined ? undefined : isChanged(risk) ? k.promisedOn : k.previousPromisedOn;
    const previousOn = previous !== undefined && previous !== currentOn ? previous : undefined;
    return {
      ...(firstOn === undefined ? {} : { firstOn }),
      ...(previousOn === undefined ? {} : { previousOn }),
      ...(currentOn === undefined ? {} : { currentOn }),
    };
  };
  const reading = (risk: ItemRisk, recipientId: string): RecipientReading => {
    const id = recipientId.toLowerCase();
    const deadline = risk.deadlines.find((d) => d.stakeholderId?.toLowerCase() === id);
    const promised = risk.promise?.kind === 'date' ? risk.promise.deadlines.find((d) => d.stakeholderId?.toLowerCase() === id) : undefined;
    return { recipientId, ...(deadline === undefined ? {} : { deadline }), ...(promised === undefined ? {} : { promised }) };
  };
  const standing = (risk: ItemRisk, recipientId?: string): ItemStanding => {
    const c = cause(risk);
    return {
      itemId: risk.itemId,
      title: risk.title,
      state: risk.state,
      figures: risk.figures,
      ...(c === undefined ? {} : { cause: c }),
      ...(risk.promise === undefined ? {} : { promise: risk.promise }),
      history: history(risk),
      ...(recipientId === undefined ? {} : { reading: reading(risk, recipientId) }),
    };
  };
  return { risks, firstPromised, promisedOn, shortMinutes, cause, history, historyOf, knownAfter, reading, standing };
}
