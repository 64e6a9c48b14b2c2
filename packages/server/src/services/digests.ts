import { createHash } from 'node:crypto';
import type { DigestDelivery, DigestPreview, DigestSettings, DigestSettingsResponse } from '@upfront/contracts';
import {
  AppError,
  assembleDigest,
  composeDigest,
  emptySuggestionMemory,
  parseLocalTime,
  parseTimeZoneId,
  toMailReader,
  type Clock,
  type Instant,
  type IsoWeek,
  type Person,
  type Weekday,
} from '@upfront/core';
import type { DraftRecipient } from '@upfront/graph';
import type { DigestSchedule, Store, UserKey } from '@upfront/store';
import { nextDigestRun, type DigestRun } from '../jobs/next-digest-run.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Drafts } from './drafts.js';
import type { GraphTokens, GraphTokenSource } from './graph-token-source.js';
import type { LoadAssessedWorld } from './load-assessed-world.js';

/** A digest written for one user and period, ready to be drafted. */
export interface DigestContent {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly toRecipients: readonly DraftRecipient[];
  /** Nothing worth saying this period: not drafted. */
  readonly isEmpty: boolean;
}

/** What the digest needs to be written: the period and its audience, read with a token source. */
export interface DigestRequest {
  readonly period: IsoWeek;
  readonly audienceIds: readonly string[];
}

/** Reads the user's world and writes the digest (core's assembleDigest and composeDigest behind it). */
export type PrepareDigest = (key: UserKey, source: GraphTokenSource, request: DigestRequest) => Promise<DigestContent>;

/**
 * Writes digests with core: the user's assessed world (two weeks ahead), `assembleDigest`'s facts and
 * `composeDigest`'s words for the first reader of the audience (their language and tone), or for the user.
 */
export function createDigestPreparer(loadAssessedWorld: LoadAssessedWorld): PrepareDigest {
  return async (key, source, request) => {
    const { world, report, now, riskSettings } = await loadAssessedWorld(key, source, { horizonDays: 14 });
    // The user's own focus factor and efforts: a colleague's spare time is judged as the user's own is.
    const digest = assembleDigest({ world, report, now, memory: emptySuggestionMemory, audienceIds: request.audienceIds, riskSettings });
    const people: Person[] = [...world.stakeholders, ...(world.people ?? []), ...(world.colleagues ?? [])];
    const firstReader = request.audienceIds.map((id) => people.find((p) => p.id.toLowerCase() === id || p.email.toLowerCase() === id)).find((p) => p !== undefined);
    const u = world.user;
    const self = { id: u.id, displayName: u.displayName, email: u.email, timeZone: u.timeZone, workingHours: u.workingHours, language: u.language, ...(u.city === undefined ? {} : { city: u.city }) };
    const reader = toMailReader(firstReader ?? self, world.user);
    const mail = composeDigest({ digest, world, report, reader, now });
    const toRecipients = request.audienceIds.length > 0 ? request.audienceIds.map((address) => ({ address })) : [{ address: world.user.email, name: world.user.displayName }];
    return { subject: mail.subject, html: mail.html, text: mail.text, toRecipients, isEmpty: digest.isEmpty };
  };
}

/** Digest settings that cannot be used (an unknown time zone); answered 400. */
export class DigestSettingsError extends AppError {
  readonly code = 'REQUEST_INVALID';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, message, options);
  }
}

/** The data of one digest job. */
export interface DigestJobData {
  readonly period: IsoWeek;
}

/** What one digest run did. */
export type DigestOutcome = 'drafted' | 'already-drafted' | 'empty' | 'off' | 'at-next-visit';

/** What {@link createDigests} needs. */
export interface DigestsDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly tokens: GraphTokens;
  /** The draft-once service that suggestions use too. */
  readonly drafts: Pick<Drafts, 'draftOnce'>;
  readonly prepare: PrepareDigest;
}

/** Weekly digests: the user's settings, the preview, the scheduler's tick and one user's run. */
export interface Digests {
  /**
   * The settings; a user who never saved any gets the defaults in `defaultZone` (their mailbox's zone, asked only
   * then), so that "Friday 16:00" means their Friday afternoon.
   */
  getSettings(key: UserKey, defaultZone?: () => Promise<string>): Promise<DigestSettingsResponse>;
  putSettings(key: UserKey, settings: DigestSettings): Promise<DigestSettingsResponse>;
  /**
   * The user opened the tab: a digest due while Upfront could not act for them in the background (no admin grant
   * for app-only access) is drafted now with their own token. Returns what it did, or undefined when none was due.
   */
  prepareAtVisit(key: UserKey, source: GraphTokenSource): Promise<DigestOutcome | undefined>;
  /** The digest the next run would draft, written now with the user's own token; nothing is drafted. */
  preview(key: UserKey, source: GraphTokenSource): Promise<DigestPreview>;
  /**
   * Enqueues a digest for every schedule now due, once per user and period, and moves each schedule to its next
   * run after now: a scheduler that was down for three weeks drafts one digest (for the latest period), not three.
   */
  enqueueDue(queue: JobQueue, limit?: number): Promise<{ readonly queued: number; readonly duplicates: number }>;
  /** Drafts one user's digest for a period, at most once whatever the number of attempts, workers and crashes. */
  runDigest(key: UserKey, job: DigestJobData, source: GraphTokenSource): Promise<DigestOutcome>;
}

/** The one digest per user and period: its ledger and mailbox key (lower-case hex; a new period, a new key). */
export function toDigestDraftKey(key: UserKey, period: IsoWeek): string {
  return createHash('sha256').update(JSON.stringify(['upfront-digest', key.tenantId.toLowerCase(), key.userId.toLowerCase(), period, 'digest-1']), 'utf8').digest('hex');
}

const defaultSettings: DigestSettings = { enabled: false, audienceIds: [], weekday: 5, localTime: '16:00', timeZone: 'UTC' };
const WEEK_MS = 7 * 86_400_000;

/** The latest scheduled slot at or before `now` (the one a late tick catches up). */
function latestRun(schedule: DigestSchedule, now: Instant): DigestRun {
  const nowMs = Date.parse(now);
  const within = nextDigestRun(schedule, new Date(nowMs - WEEK_MS).toISOString() as Instant);
  return Date.parse(within.runAt) <= nowMs ? within : nextDigestRun(schedule, new Date(nowMs - WEEK_MS - 86_400_000).toISOString() as Instant);
}

/** Creates the digest service. */
export function createDigests(deps: DigestsDeps): Digests {
  const { store, clock } = deps;

  async function deliveryOf(key: UserKey, schedule: DigestSchedule | undefined): Promise<DigestDelivery> {
    if (!schedule?.enabled) return 'off';
    const user = await store.users.get(key);
    return deps.tokens.appOnly !== undefined && (user === undefined || user.status === 'active') ? 'scheduled' : 'at-next-visit';
  }

  async function respond(key: UserKey, schedule: DigestSchedule | undefined, defaultZone?: () => Promise<string>): Promise<DigestSettingsResponse> {
    const settings: DigestSettings = schedule
      ? { enabled: schedule.enabled, audienceIds: [...schedule.audienceIds], weekday: schedule.weekday, localTime: schedule.localTime, timeZone: schedule.timeZone }
      : { ...defaultSettings, ...(defaultZone === undefined ? {} : { timeZone: await defaultZone() }) };
    const delivery = await deliveryOf(key, schedule);
    if (!schedule?.enabled) return { settings, delivery };
    // The stored next run (it may be due and not yet taken); its period is the one of that slot.
    const next = schedule.nextRunAt === undefined ? nextDigestRun(schedule, clock.now()) : nextDigestRun(schedule, new Date(Date.parse(schedule.nextRunAt) - 1000).toISOString() as Instant);
    return { settings, delivery, nextRunAt: next.runAt, nextPeriod: next.period };
  }

  function isWithoutGrant(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return code === 'GRAPH_APP_ACCESS_DENIED' || code === 'AUTH_CONSENT_REQUIRED' || code === 'SERVICE_APP_ONLY_UNAVAILABLE';
  }

  return {
    async getSettings(key, defaultZone) {
      return respond(key, await store.schedules.get(key), defaultZone);
    },

    async prepareAtVisit(key, source) {
      const schedule = await store.schedules.get(key);
      if (!schedule?.enabled || (await deliveryOf(key, schedule)) !== 'at-next-visit') return undefined;
      const now = clock.now();
      const slot = latestRun(schedule, now);
      // The slot is this user's when it is due now, or when the scheduler already tried it (and found no grant);
      // a slot from before the settings were saved is neither.
      const due = schedule.nextRunAt !== undefined && Date.parse(schedule.nextRunAt) <= Date.parse(now);
      if (!due && schedule.lastPeriodDone !== slot.period) return undefined;
      if ((await store.drafts.get(key, toDigestDraftKey(key, slot.period)))?.state === 'created') return undefined;
      const outcome = await this.runDigest(key, { period: slot.period }, source);
      if (due && schedule.nextRunAt !== undefined) {
        await store.schedules.recordRun(key, { periodDone: slot.period, nextRunAt: nextDigestRun(schedule, now).runAt, expectedNextRunAt: schedule.nextRunAt }, now);
      }
      return outcome;
    },

    async putSettings(key, settings) {
      const now = clock.now();
      let timeZone;
      try {
        timeZone = parseTimeZoneId(settings.timeZone);
      } catch (cause) {
        throw new DigestSettingsError(`timeZone: ${settings.timeZone} is not an IANA time zone`, { cause });
      }
      const before = await store.schedules.get(key);
      const schedule: DigestSchedule = {
        enabled: settings.enabled,
        audienceIds: [...new Set(settings.audienceIds.map((id) => id.toLowerCase()))].sort(),
        weekday: settings.weekday as Weekday,
        localTime: parseLocalTime(settings.localTime, 'localTime'),
        timeZone,
        ...(before?.lastPeriodDone === undefined ? {} : { lastPeriodDone: before.lastPeriodDone }),
        nextRunAt: nextDigestRun(settings, now).runAt,
        updatedAt: now,
      };
      await store.users.touch(key, now);
      await store.schedules.put(key, schedule);
      return respond(key, schedule);
    },

    async preview(key, source) {
      const schedule = (await store.schedules.get(key)) ?? undefined;
      const settings = schedule ?? defaultSettings;
      const period = nextDigestRun(settings, clock.now()).period;
      const content = await deps.prepare(key, source, { period, audienceIds: settings.audienceIds });
      return {
        delivery: await deliveryOf(key, schedule),
        period,
        subject: content.subject,
        to: content.toRecipients.map((r) => r.address),
        html: content.html,
        text: content.text,
      };
    },

    async enqueueDue(queue, limit = 500) {
      const now = clock.now();
      let queued = 0;
      let duplicates = 0;
      for (const due of await store.schedules.listDue(now, limit)) {
        const schedule = await store.schedules.get(due.key);
        if (!schedule?.enabled) continue;
        const { period } = latestRun(schedule, now);
        // 1. Enqueue first: a crash before step 2 enqueues again on the next tick, and the key drops the copy.
        if (schedule.lastPeriodDone !== period) {
          const added = await queue.enqueue<DigestJobData>('digest', { period }, { key: due.key, singletonKey: `digest:${period}` });
          if (added === 'queued') queued += 1;
          else duplicates += 1;
        }
        // 2. Move the schedule past now, compare-and-set so two schedulers move it once.
        await store.schedules.recordRun(due.key, { periodDone: period, nextRunAt: nextDigestRun(schedule, now).runAt, expectedNextRunAt: due.nextRunAt }, now);
      }
      return { queued, duplicates };
    },

    async runDigest(key, job, source) {
      const schedule = await store.schedules.get(key);
      if (!schedule?.enabled) return 'off';
      const draftKey = toDigestDraftKey(key, job.period);
      // A digest drafted once stays drafted, even when the user deleted it: the next one is next period's.
      if ((await store.drafts.get(key, draftKey))?.state === 'created') return 'already-drafted';
      let content: DigestContent;
      try {
        content = await deps.prepare(key, source, { period: job.period, audienceIds: schedule.audienceIds });
      } catch (error) {
        if (!isWithoutGrant(error) || source.kind !== 'app-only') throw error;
        // No admin grant for this mailbox (or none at all): no retry storm, the tab prepares it at the next visit.
        await store.users.setStatus(key, 'needs-consent', clock.now());
        return 'at-next-visit';
      }
      // The app's token worked for this mailbox: a grant that was missing has been given since.
      if (source.kind === 'app-only' && (await store.users.get(key))?.status === 'needs-consent') await store.users.setStatus(key, 'active', clock.now());
      if (content.isEmpty) return 'empty';
      try {
        // The shared draft-once service: the ledger first, one claimer across workers, the mailbox looked up by
        // the key before any create (a claim taken over from a dead worker finds that worker's draft).
        const made = await deps.drafts.draftOnce(key, source, {
          draftKey,
          subject: content.subject,
          body: { contentType: 'html', content: content.html },
          toRecipients: content.toRecipients,
        });
        return made.outcome === 'created' ? 'drafted' : 'already-drafted';
      } catch (error) {
        if (!isWithoutGrant(error) || source.kind !== 'app-only') throw error;
        await store.users.setStatus(key, 'needs-consent', clock.now());
        return 'at-next-visit';
      }
    },
  };
}
