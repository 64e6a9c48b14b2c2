import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DEMO_GRAPH_TOKEN_SCOPES, APP_APPLICATION_ROLES, GRAPH_EXPLORER_CLIENT_ID, OUTLOOK_CLIENT_ID } from './constants.js';
import { PERSON_SEEDS } from './demo-org/demo-people.js';
import type { FaultConfig } from './faults/fault-config.js';
import { listDemoMeetings } from './meetings/list-demo-meetings.js';
import { toGraphMessage } from './graph/serialize.js';
import { deferredSendAtOf, submitMessage } from './state/deferred-send.js';
import type { SimRuntime } from './state/sim-runtime.js';
import type { SimMessage } from './state/types.js';

/** 127.0.0.0/8 and ::1 (also IPv4-mapped). */
export function isLoopback(ip: string | undefined): boolean {
  if (!ip) return false;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return v4.startsWith('127.') || ip === '::1';
}

function problem(reply: FastifyReply, status: number, title: string, detail: string) {
  return reply.code(status).type('application/problem+json').send(JSON.stringify({ type: 'about:blank', title, status, detail }));
}

function jsonBody(request: FastifyRequest): Record<string, unknown> | undefined {
  if (typeof request.body !== 'string' || !request.body) return {};
  try {
    const v = JSON.parse(request.body) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Demo and admin routes: loopback clients only (403 otherwise). */
export function registerDemoRoutes(app: FastifyInstance, rt: SimRuntime): void {
  app.register(async (demo) => {
    demo.addHook('onRequest', async (request, reply) => {
      if (!isLoopback(request.socket.remoteAddress ?? request.ip)) return problem(reply, 403, 'Forbidden', 'Demo routes answer loopback clients only.');
      return undefined;
    });

    demo.get('/demo/users', async () => ({
      value: rt.world.people.map((p) => {
        const seed = PERSON_SEEDS.find((s) => s.displayName === p.displayName);
        return { id: p.id, userPrincipalName: p.userPrincipalName, displayName: p.displayName, jobTitle: p.jobTitle, city: p.city, country: p.country,
          timeZone: p.timeZone, mailboxTimeZone: seed?.mailboxTimeZone ?? p.timeZone, story: p.story };
      }),
    }));

    const personFrom = (request: FastifyRequest, reply: FastifyReply) => {
      const body = jsonBody(request);
      if (!body || typeof body['userPrincipalName'] !== 'string') {
        void problem(reply, 400, 'Bad Request', 'Send {"userPrincipalName": "..."} as JSON.');
        return undefined;
      }
      const person = rt.findPerson(body['userPrincipalName']);
      if (!person) {
        void problem(reply, 404, 'Not Found', `No demo person with userPrincipalName '${body['userPrincipalName']}'.`);
        return undefined;
      }
      return { person, body };
    };

    demo.post('/demo/sso-token', async (request, reply) => {
      const found = personFrom(request, reply);
      if (!found) return reply;
      return { token: await rt.tokens.signSsoToken(found.person) };
    });

    demo.post('/demo/graph-token', async (request, reply) => {
      const body = jsonBody(request);
      if (body?.['app'] === true) {
        const roles = Array.isArray(body['roles']) ? body['roles'].map(String) : [...APP_APPLICATION_ROLES];
        return { token: await rt.tokens.signGraphToken({ roles, appId: rt.identity.appClientId }) };
      }
      const found = personFrom(request, reply);
      if (!found) return reply;
      const scopes = Array.isArray(found.body['scopes']) ? found.body['scopes'].map(String) : [...DEMO_GRAPH_TOKEN_SCOPES];
      // Graph Explorer's by default (it may send); `clientId` picks another app, e.g. Upfront's to check its refusals.
      const appId = typeof found.body['clientId'] === 'string' ? found.body['clientId'] : GRAPH_EXPLORER_CLIENT_ID;
      return { token: await rt.tokens.signGraphToken({ person: found.person, scopes, appId }) };
    });

    demo.get<{ Params: { upn: string } }>('/demo/mailbox/:upn', async (request, reply) => {
      const person = rt.findPerson(request.params.upn);
      if (!person) return problem(reply, 404, 'Not Found', `No demo person with userPrincipalName '${request.params.upn}'.`);
      const mbx = rt.mailbox(person);
      const view = (folder: SimMessage['folder'], keep: (m: SimMessage) => boolean = () => true) => mbx.messages.filter((m) => m.folder === folder && keep(m))
        .map((m) => ({ ...toGraphMessage(m, rt), deferredSendAt: deferredSendAtOf(m) ?? null, singleValueExtendedProperties: m.extendedProperties.map((p) => ({ ...p })) }));
      return { userPrincipalName: person.userPrincipalName, now: new Date(rt.clockMs()).toISOString(), drafts: view('drafts'), outbox: view('outbox'),
        sent: view('sentitems'), sentNotSaved: view('deleteditems', (m) => m.sentAt !== null), deleted: view('deleteditems', (m) => m.sentAt === null) };
    });

    // A person's upcoming Teams meetings (the next 14 days on the simulator's clock), to open a meeting side panel for.
    demo.get<{ Params: { upn: string } }>('/demo/meetings/:upn', async (request, reply) => {
      const person = rt.findPerson(request.params.upn);
      if (!person) return problem(reply, 404, 'Not Found', `No demo person with userPrincipalName '${request.params.upn}'.`);
      return listDemoMeetings(rt, person);
    });

    // The person sends a draft themselves, in Outlook: a deferred send time keeps it in the Outbox until then.
    demo.post<{ Params: { upn: string; id: string } }>('/demo/mailbox/:upn/messages/:id/send', async (request, reply) => {
      const person = rt.findPerson(request.params.upn);
      if (!person) return problem(reply, 404, 'Not Found', `No demo person with userPrincipalName '${request.params.upn}'.`);
      const msg = rt.mailbox(person).messages.find((m) => m.id === request.params.id);
      if (!msg || msg.folder !== 'drafts') return problem(reply, 404, 'Not Found', `No draft '${request.params.id}' in the mailbox of ${person.userPrincipalName}.`);
      rt.sendCalls.count(OUTLOOK_CLIENT_ID, 'send');
      submitMessage(msg, rt.clockMs());
      return { id: msg.id, folder: msg.folder, deferredSendAt: deferredSendAtOf(msg) ?? null, sentDateTime: msg.sentAt };
    });

    // The person deletes a draft (or any message) in Outlook: it moves to Deleted Items, as Outlook does.
    demo.delete<{ Params: { upn: string; id: string } }>('/demo/mailbox/:upn/messages/:id', async (request, reply) => {
      const person = rt.findPerson(request.params.upn);
      if (!person) return problem(reply, 404, 'Not Found', `No demo person with userPrincipalName '${request.params.upn}'.`);
      const msg = rt.mailbox(person).messages.find((m) => m.id === request.params.id);
      if (!msg) return problem(reply, 404, 'Not Found', `No message '${request.params.id}' in the mailbox of ${person.userPrincipalName}.`);
      msg.folder = 'deleteditems';
      return reply.code(204).send();
    });

    demo.get('/demo/send-calls', async () => ({ value: rt.sendCalls.list() }));
    demo.delete('/demo/send-calls', async (_request, reply) => {
      rt.sendCalls.clear();
      return reply.code(204).send();
    });

    demo.get('/demo/concurrency', async () => ({
      limit: rt.faults.concurrencyLimit(),
      value: rt.faults.concurrency().map((g) => ({ ...g, userPrincipalName: rt.findPerson(g.mailboxId)?.userPrincipalName ?? null })),
    }));
    demo.delete('/demo/concurrency', async (_request, reply) => {
      rt.faults.resetConcurrencyGauges();
      return reply.code(204).send();
    });

    demo.post('/demo/clock', async (request, reply) => {
      const body = jsonBody(request);
      const minutes = body?.['advanceMinutes'];
      if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) return problem(reply, 400, 'Bad Request', 'Send {"advanceMinutes": n} with n ≥ 0.');
      rt.advanceClock(minutes * 60_000);
      return { now: new Date(rt.clockMs()).toISOString() };
    });

    demo.get('/demo/scenarios', async () => ({ now: rt.world.now, mainUser: rt.world.people[0]?.userPrincipalName, value: rt.world.scenarios }));

    demo.post('/demo/reset', async () => {
      rt.reset();
      return { now: rt.world.now, reset: true };
    });

    demo.get('/demo/faults', async () => rt.faults.get());
    demo.put('/demo/faults', async (request, reply) => {
      const body = jsonBody(request);
      if (!body || (body['rules'] !== undefined && !Array.isArray(body['rules'])) || (body['searchLagMs'] !== undefined && typeof body['searchLagMs'] !== 'number')) {
        return problem(reply, 400, 'Bad Request', 'Send a FaultConfig: {"rules": [...], "budget": {...}, "searchLagMs": n}.');
      }
      rt.faults.set(body as FaultConfig);
      return rt.faults.get();
    });
    demo.delete('/demo/faults', async (_request, reply) => {
      rt.faults.set({});
      return reply.code(204).send();
    });
    demo.post('/demo/faults/expire-delta-tokens', async () => {
      rt.deltaEpoch += 1;
      return { deltaEpoch: rt.deltaEpoch };
    });
  });
}
