import type { ItemRisk } from '@upfront/contracts';

/** Builds an `ItemRisk` for tests, with only what a test cares about overridden. */
export function anItem(overrides: Partial<ItemRisk> & { dueAt?: string } = {}): ItemRisk {
  const { dueAt, ...rest } = overrides;
  return {
    id: rest.id ?? `item-${rest.title ?? 'x'}`,
    source: 'todo',
    title: 'Write the report',
    state: 'on-track',
    flags: [],
    effort: { hours: 2, source: 'importance-default', basis: 'normal importance' },
    deadline:
      dueAt === undefined
        ? undefined
        : { at: dueAt, dueOn: dueAt.slice(0, 10), effectiveOn: dueAt.slice(0, 10), timeZone: 'Europe/Berlin' },
    stakeholders: [],
    neededHours: 2,
    availableHours: 10,
    competing: [],
    busiestDays: [],
    summary: 'Fits.',
    capacity: [],
    ...rest,
  };
}
