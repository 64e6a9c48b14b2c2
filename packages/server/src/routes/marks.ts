import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ItemIdParamsSchema, ItemMarkQuerySchema, ItemMarkRequestSchema, ItemMarkSchema, MAX_ITEM_MARKS, type ItemMark } from '@upfront/contracts';
import { parseInstant, type Clock } from '@upfront/core';
import type { Store } from '@upfront/store';
import { Type } from 'typebox';
import { RequestError, ServiceError } from '../errors.js';
import { onBehalfOf } from '../services/graph-token-source.js';
import type { RiskReports } from '../services/risk-reports.js';
import { toMarkFingerprint } from '../services/to-active-mark.js';

const DAY_MS = 86_400_000;
/** The furthest a snooze may reach: a year (a longer one is forgetting the item, not snoozing it). */
const MAX_SNOOZE_DAYS = 366;

export interface MarksRoutesOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly riskReports: RiskReports;
  readonly maxMarks?: number;
}

/**
 * The user's marks on items: snoozed until a moment, or done for now (until the item's state or date to promise
 * changes). Only items of the user's current report can be marked; the mark is the user's alone.
 */
export const marksRoutes: FastifyPluginAsyncTypebox<MarksRoutesOptions> = async (app, opts) => {
  const { store, clock, riskReports } = opts;
  const maxMarks = opts.maxMarks ?? MAX_ITEM_MARKS;
  const keyOf = (req: { user: { tenantId: string; userId: string } }) => ({ tenantId: req.user.tenantId, userId: req.user.userId });

  app.put(
    '/items/:itemId/mark',
    { schema: { params: ItemIdParamsSchema, querystring: ItemMarkQuerySchema, body: ItemMarkRequestSchema, response: { 200: ItemMarkSchema } } },
    async (req) => {
      const key = keyOf(req);
      const now = clock.now();
      const body = req.body;
      let until: ReturnType<typeof parseInstant> | undefined;
      if (body.kind === 'snoozed') {
        until = parseUntil(body.until);
        const ms = Date.parse(until);
        if (ms <= Date.parse(now)) throw new RequestError('REQUEST_INVALID', `until ${until} is not after now (${now})`, `/until must be later than now (${now}).`);
        if (ms > Date.parse(now) + MAX_SNOOZE_DAYS * DAY_MS)
          throw new RequestError('REQUEST_INVALID', `until ${until} is too far`, `/until must be within ${MAX_SNOOZE_DAYS} days of now.`);
      }
      // 1. The item must be one of the user's (as the tab shows it, at its horizon); its fingerprint is taken now.
      const report = await riskReports.build(key, onBehalfOf(req.user.ssoToken), {
        ...(req.query.horizonDays === undefined ? {} : { horizonDays: req.query.horizonDays }),
        fresh: false,
      });
      const item = report.items.find((i) => i.id === req.params.itemId);
      if (item === undefined)
        throw new RequestError('NOT_FOUND', `no item ${req.params.itemId} in the report`, 'There is no such item among your tasks: it may be done or deleted. Refresh to see your tasks as they are.');
      // 2. Marks on items that left the report (done, deleted) are let go first, so only live marks count against the cap.
      const live = new Set(report.items.map((i) => i.id));
      const marks = await store.itemMarks.list(key);
      for (const stale of marks.filter((m) => !live.has(m.itemId))) await store.itemMarks.delete(key, stale.itemId);
      const kept = marks.filter((m) => live.has(m.itemId) && m.itemId !== item.id).length;
      if (kept >= maxMarks)
        throw new ServiceError('MARK_LIMIT_REACHED', `${kept} marks kept`, `You already have ${kept} items snoozed or done for now. Undo some of them first.`);
      // 3. Stored under the user's key only.
      await store.itemMarks.put(key, {
        itemId: item.id,
        kind: body.kind,
        ...(until === undefined ? {} : { until }),
        ...(body.kind === 'done-for-now' ? { fingerprint: toMarkFingerprint(item) } : {}),
        updatedAt: now,
      });
      const mark: ItemMark = until === undefined ? { kind: 'done-for-now', markedAt: now } : { kind: 'snoozed', until, markedAt: now };
      return mark;
    },
  );

  app.delete('/items/:itemId/mark', { schema: { params: ItemIdParamsSchema, response: { 204: Type.Null() } } }, async (req, reply) => {
    await store.itemMarks.delete(keyOf(req), req.params.itemId);
    return reply.status(204).send(null);
  });
};

function parseUntil(value: string) {
  try {
    return parseInstant(value, 'until');
  } catch (cause) {
    throw new RequestError('REQUEST_INVALID', `until: ${String(cause)}`, '/until must be a date-time with an offset, such as 2025-03-25T07:00:00Z.', { cause });
  }
}
