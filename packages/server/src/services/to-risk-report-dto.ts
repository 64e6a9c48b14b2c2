import type { ItemRisk as ItemRiskDto, RiskFlag as RiskFlagDto, RiskReport as RiskReportDto } from '@upfront/contracts';
import { cityOf, type Interval, type ItemRisk, type RiskFlag, type RiskReport, type Stakeholder, type UserWorld } from '@upfront/core';

const dateLabel = (on: string, locale: string) =>
  new Date(`${on}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

function flagLabel(flag: RiskFlag, people: ReadonlyMap<string, Stakeholder>, locale: string): RiskFlagDto {
  const name = (id: string) => people.get(id)?.displayName.split(' ')[0] ?? id;
  switch (flag.kind) {
    case 'waiting-on-others':
      return { kind: flag.kind, label: 'Waiting on others' };
    case 'away-before-deadline':
      return { kind: flag.kind, label: `You are away from ${dateLabel(flag.awayFrom.slice(0, 10), locale)} before it is due` };
    case 'non-working-day':
      return {
        kind: flag.kind,
        stakeholderId: flag.stakeholderId,
        label:
          flag.why === 'holiday'
            ? `Due on a public holiday for ${name(flag.stakeholderId)}${flag.holidayName ? ` (${flag.holidayName})` : ''}`
            : `Due on ${name(flag.stakeholderId)}'s weekend (${dateLabel(flag.on, locale)})`,
      };
    case 'time-zone-cliff':
      return { kind: flag.kind, stakeholderId: flag.stakeholderId, label: `Already past the deadline for ${name(flag.stakeholderId)}` };
  }
}

function toItemDto(risk: ItemRisk, world: UserWorld, people: ReadonlyMap<string, Stakeholder>): ItemRiskDto {
  const item = world.items.find((i) => i.id === risk.itemId);
  const deadline = risk.deadline;
  const stakeholder = deadline?.stakeholderId === undefined ? undefined : people.get(deadline.stakeholderId);
  return {
    id: risk.itemId,
    source: risk.source,
    title: risk.title,
    ...(item?.webUrl ? { webUrl: item.webUrl } : {}),
    ...(item?.listName ? { listName: item.listName } : {}),
    state: risk.state,
    flags: risk.flags.map((f) => flagLabel(f, people, world.user.language)),
    effort: { hours: risk.effort.hours, source: risk.effort.source, basis: risk.effort.basis },
    ...(deadline
      ? {
          deadline: {
            at: deadline.at,
            dueOn: deadline.dueOn,
            effectiveOn: deadline.effectiveOn,
            timeZone: deadline.timeZone,
            ...(deadline.stakeholderId ? { stakeholderId: deadline.stakeholderId } : {}),
            ...(stakeholder ? { stakeholderName: stakeholder.displayName } : {}),
            ...(risk.explanation.deadlineInStakeholderZone ? { inStakeholderZone: risk.explanation.deadlineInStakeholderZone } : {}),
            ...(risk.explanation.deadlineInUserZone ? { inUserZone: risk.explanation.deadlineInUserZone } : {}),
          },
        }
      : {}),
    stakeholders: (item?.stakeholderIds ?? []).flatMap((id) => {
      const person = people.get(id);
      return person ? [{ id, displayName: person.displayName, timeZone: person.timeZone, city: cityOf(person.timeZone) }] : [];
    }),
    neededHours: risk.explanation.neededHours,
    availableHours: risk.explanation.availableHours,
    competing: risk.explanation.competing.map((c) => ({ id: c.itemId, title: c.title, hours: c.hours })),
    busiestDays: risk.explanation.busiestDays.map((d) => ({ on: d.on, busyHours: d.busyHours })),
    summary: risk.summary,
    capacity: risk.capacity.map((d) => ({ on: d.on, freeHours: d.freeHours, claimedHours: d.claimedHours })),
  };
}

/** Maps the domain's report to the HTTP API's shape (contracts), with ready-to-show flag labels. */
export function toRiskReportDto(report: RiskReport, world: UserWorld, horizon: Interval): RiskReportDto {
  const people = new Map(world.stakeholders.map((s) => [s.id, s]));
  return {
    generatedAt: report.generatedAt,
    user: { displayName: world.user.displayName, email: world.user.email, timeZone: world.user.timeZone, city: cityOf(world.user.timeZone) },
    horizon: { start: horizon.start, end: horizon.end },
    items: report.items.map((r) => toItemDto(r, world, people)),
  };
}
