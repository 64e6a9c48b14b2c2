import type { Deadline, ItemRisk } from '@upfront/contracts';

/**
 * A deadline for tests: Lena in Berlin at the close of her business day unless told otherwise. The texts are
 * what the server would write in en-GB; tests that read them set their own.
 */
export function aDeadline(overrides: Partial<Deadline> = {}): Deadline {
  const at = overrides.at ?? '2026-12-10T16:00:00Z';
  const on = at.slice(0, 10);
  return {
    at,
    dueOn: on,
    effectiveOn: on,
    timeZone: 'Europe/Berlin',
    city: 'Berlin',
    style: { kind: 'close-of-business-day' },
    stakeholderId: 'lena@contoso.com',
    stakeholderName: 'Lena Fischer',
    inStakeholderZone: 'Thu 10 Dec, 17:00 Berlin',
    inUserZone: 'Thu 10 Dec, 08:00 San Francisco',
    ...overrides,
  };
}

/** Builds an `ItemRisk` for tests, with only what a test cares about overridden (`dueAt` sets one deadline). */
export function anItem(overrides: Partial<ItemRisk> & { dueAt?: string } = {}): ItemRisk {
  const { dueAt, ...rest } = overrides;
  const deadline = dueAt === undefined ? undefined : aDeadline({ at: dueAt });
  return {
    id: rest.id ?? `item-${rest.title ?? 'x'}`,
    source: 'todo',
    title: 'Write the report',
    state: 'on-track',
    flags: [],
    effort: { minutes: 120, source: 'importance-default', basis: { kind: 'importance-default', importance: 'normal' } },
    deadline,
    deadlines: deadline === undefined ? [] : [deadline],
    stakeholders: [],
    contributors: [],
    // 2 h own, nothing competing, 10 h free: 600 − 120 = 480 min to spare; margin round(120 × 0.2) = 24.
    figures: { ownMinutes: 120, competingMinutes: 0, neededMinutes: 120, marginMinutes: 24, freeMinutes: 600, spareMinutes: 480 },
    pushes: [],
    competing: [],
    busiestDays: [],
    summary: 'Fits.',
    capacity: [],
    ...rest,
  };
}
