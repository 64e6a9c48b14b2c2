import { GraphError } from '../errors.js';
import type { GraphCall } from '../session/graph-call.js';
import type { GraphCollection, GraphMessage, GraphPlannerPlan, GraphPlannerTask, GraphTodoTask, GraphUser } from '../wire-types.js';

// Small readings of Graph shapes shared by the reader and the world assembly.

/** The `value` array of a collection answer. */
export function collection<T>(body: Record<string, unknown>, call: GraphCall): T[] {
  const value = (body as GraphCollection<T>).value;
  if (!Array.isArray(value)) throw new GraphError('GRAPH_BAD_RESPONSE', `${call.id}: collection without a value array`, { stale: [call.area] });
  return value;
}

/** A message's sender (else its `from`), lower-cased. */
export function senderOf(m: GraphMessage): { email: string; name?: string } | undefined {
  const address = m.sender?.emailAddress ?? m.from?.emailAddress;
  if (!address?.address) return undefined;
  return { email: address.address.toLowerCase(), ...(address.name ? { name: address.name } : {}) };
}

/** Flagged-email tasks link the message: `applicationName` Outlook and `externalId` = message id. */
export function linkedMessageIds(task: GraphTodoTask): string[] {
  return (task.linkedResources ?? [])
    .filter((r) => typeof r.externalId === 'string' && r.externalId !== '' && /outlook|mail/i.test(r.applicationName ?? ''))
    .map((r) => r.externalId as string);
}

/** A Planner task's creator and assignees (Planner user ids). */
export function plannerPeople(task: GraphPlannerTask): string[] {
  const ids = Object.keys(task.assignments ?? {});
  const creator = task.createdBy?.user?.id;
  return [...new Set(creator ? [creator, ...ids] : ids)];
}

/** The address we key a person by, or null when the profile has none. */
export function toPersonIdOrNull(u: GraphUser): string | null {
  const a = u.mail ?? u.userPrincipalName;
  return a ? a.toLowerCase() : null;
}

/** The group that owns a plan: its `container` when that is a group, else the deprecated `owner`. */
export function planGroupOf(plan: GraphPlannerPlan | undefined): string | undefined {
  const container = plan?.container;
  if (container?.type?.toLowerCase() === 'group' && container.containerId) return container.containerId;
  return plan?.owner ?? undefined;
}
