import { DateTime } from 'luxon';
import type { UserWorld } from '../model/world.js';
import type { ItemRisk, StakeholderDeadline } from '../risk/types.js';
import type { DigestAway, DigestFacts, IsoWeek, ItemStanding } from '../suggest/types.js';
import { parseLocalDate } from '../time/parse.js';
import type { Instant, LocalDate, TimeZoneId } from '../time/types.js';
import { addDays, instantMs, localDateOf } from '../time/zoned-time.js';
import { toSelectKey } from '../culture/mail/to-select-key.js';
import { cleanText, createComposeContext, letter, toComposedMail, type ComposeContext } from './compose-context.js';
import type { ComposedMail } from './composed-mail.js';
import type { MailBlock } from './mail-document.js';
import type { MailReader } from './mail-reader.js';

/** The part of a `RiskReport` a digest reads: each item's deadline per reader. */
export interface DigestDeadlines {
  readonly items: readonly Pick<ItemRisk, 'itemId' | 'deadline' | 'deadlines'>[];
}

/** What writing a weekly digest needs: its facts, the world for names, the report for deadlines, the reader. */
export interface ComposeDigestInput {
  readonly digest: DigestFacts;
  readonly world: UserWorld;
  /** The risk report (a `RiskReport` will do): deadlines of items the facts do not read for this reader. */
  readonly report: DigestDeadlines;
  readonly reader: MailReader;
  readonly now: Instant;
}

/** Monday of an ISO week (`2026-W49` → `2026-11-30`). */
function mondayOf(week: IsoWeek): LocalDate {
  return parseLocalDate(DateTime.fromISO(`${week}-1`, { zone: 'UTC' }).toISODate() ?? '', 'period');
}

function deadlineFor(report: DigestDeadlines, standing: ItemStanding, reader: MailReader): StakeholderDeadline | undefined {
  if (standing.reading?.deadline !== undefined) return standing.reading.deadline;
  const risk = report.items.find((r) => r.itemId === standing.itemId);
  return risk?.deadlines.find((d) => d.stakeholderId === reader.personId) ?? risk?.deadline;
}

function promisedFor(standing: ItemStanding, reader: MailReader): StakeholderDeadline | undefined {
  if (standing.reading?.promised !== undefined) return standing.reading.promised;
  const promise = standing.promise;
  if (promise?.kind !== 'date') return undefined;
  return promise.deadlines.find((d) => d.stakeholderId === reader.personId) ?? promise.deadline;
}

function awayLine(ctx: ComposeContext, away: DigestAway, fallbackZone: TimeZoneId): string {
  const who = away.personId === ctx.world.user.id ? 'me' : 'other';
  const name = ctx.nameOf(away.personId);
  if (away.kind === 'holiday') {
    return ctx.say('digestAway', { who, name, kind: 'holiday', from: ctx.date(away.on), back: '', oneDay: 'yes', holiday: cleanText(away.name) });
  }
  const zone = who === 'me' ? ctx.world.user.timeZone : (ctx.personOf(away.personId)?.timeZone ?? fallbackZone);
  const firstDay = localDateOf(instantMs(away.start), zone);
  // The window ends at the instant they are back: say that day, not a guess at their last day away (a window
  // ending Monday 09:00 means back on Monday, away since Friday at the latest).
  const backDay = localDateOf(instantMs(away.end), zone);
  return ctx.say('digestAway', { who, name, kind: 'away', from: ctx.date(firstDay), back: ctx.date(backDay), oneDay: firstDay === backDay ? 'yes' : 'no', holiday: '' });
}

/**
 * Writes a weekly digest for one reader: done (with credit), in progress, at risk (first promise and new
 * date), where help is needed and from whom, and upcoming time away. Done, in-progress and away sections are
 * left out when empty; "at risk" and "help" say so when there is nothing, because that is news too.
 * @example composeDigest({ digest, world, report, reader: toMailReader(priya, world.user), now }).subject
 * // 'Weekly update: Mon 30 Nov – Sun 6 Dec'
 */
export function composeDigest(input: ComposeDigestInput): ComposedMail {
  const { digest, world, report, reader, now } = input;
  const ctx = createComposeContext(world, reader.locale, now);
  const tone = reader.tone;
  const monday = mondayOf(digest.period);
  const from = ctx.date(monday);
  const to = ctx.date(addDays(monday, 6));
  const body: MailBlock[] = [{ kind: 'paragraph', text: ctx.say('digestOpening', { tone, from, to, fromLong: ctx.dateLong(monday), toLong: ctx.dateLong(addDays(monday, 6)) }) }];
  const section = (name: 'done' | 'progress' | 'risk' | 'help' | 'away', lines: readonly string[], sayWhenEmpty: boolean) => {
    if (lines.length === 0 && !sayWhenEmpty) return;
    body.push({ kind: 'heading', text: ctx.say('digestHeading', { section: name }) });
    body.push(lines.length === 0 ? { kind: 'paragraph', text: ctx.say('digestEmpty', { section: name }) } : { kind: 'list', items: lines });
  };

  section(
    'done',
    digest.done.map((done) => {
      const you = done.creditIds.includes(reader.personId) ? 'yes' : 'no';
      const names = done.creditIds.filter((id) => id !== world.user.id && id !== reader.personId).map((id) => ctx.nameOf(id));
      const date = ctx.date(localDateOf(instantMs(done.completedAt), reader.timeZone));
      return ctx.say('digestDone', { tone, title: ctx.title(done.title), date, you, names: ctx.list(names), count: names.length });
    }),
    false,
  );
  section(
    'progress',
    digest.inProgress.flatMap((standing) => {
      const deadline = deadlineFor(report, standing, reader);
      if (deadline === undefined) return [];
      return [ctx.say('digestProgress', { title: ctx.title(standing.title), deadline: ctx.format.moment(deadline.at, reader.timeZone) })];
    }),
    false,
  );
  section(
    'risk',
    digest.atRisk.map((standing) => {
      const deadline = deadlineFor(report, standing, reader);
      const promised = promisedFor(standing, reader);
      const firstOn = standing.history.firstOn ?? deadline?.effectiveOn;
      const state = toSelectKey(standing.state === 'overdue' || standing.state === 'off-track' ? standing.state : 'at-risk');
      return ctx.say('digestRisk', {
        title: ctx.title(standing.title),
        state,
        hasDate: promised === undefined ? 'no' : 'yes',
        firstDate: firstOn === undefined ? '' : ctx.date(firstOn),
        newDate: promised === undefined ? '' : ctx.date(promised.effectiveOn),
      });
    }),
    true,
  );
  section(
    'help',
    digest.help.map((help) =>
      ctx.say('digestHelp', {
        title: ctx.title(help.title),
        short: ctx.hours(help.shortMinutes),
        hasColleague: help.colleagueId === undefined ? 'no' : 'yes',
        colleague: help.colleagueId === undefined ? '' : ctx.nameOf(help.colleagueId),
        hours: ctx.hours(help.minutes ?? 0),
      }),
    ),
    true,
  );
  section('away', digest.away.map((away) => awayLine(ctx, away, reader.timeZone)), false);
  body.push({ kind: 'paragraph', text: ctx.say('digestClosing', { tone }) });
  return toComposedMail(ctx, ctx.say('digestSubject', { tone, from, to }), letter(ctx, reader, body));
}
