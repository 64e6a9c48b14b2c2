import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DemoUserSchema } from '@upfront/contracts';
import { RequestError } from '../errors.js';

export const isLoopback = (ip: string) => ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';

/**
 * Registered only when DEMO_IDENTITY_URL is configured: relays the demo identity provider's person list and
 * SSO tokens to a browser on this machine, so the tab can sign in outside Teams. The token is a real signed
 * token that the auth plugin validates like any other; nothing is bypassed.
 */
export const demoAuthRoutes: FastifyPluginAsyncTypebox<{ identityUrl: string; fetch: typeof fetch }> = async (app, opts) => {
  app.addHook('onRequest', async (req) => {
    if (!isLoopback(req.socket.remoteAddress ?? req.ip)) throw new RequestError('NOT_FOUND', 'demo sign-in is only offered on this machine');
  });
  const relay = async (path: string, init?: RequestInit) => {
    let res: Response;
    try {
      res = await opts.fetch(new URL(path, opts.identityUrl), init);
    } catch (cause) {
      throw new RequestError('DEMO_IDENTITY_UNAVAILABLE', `demo identity provider unreachable: ${String(cause)}`, 'The demo identity provider (the Graph simulator) is not answering. Is it running?', { cause });
    }
    if (res.status === 404) throw new RequestError('NOT_FOUND', 'There is no such person in the demo organisation.');
    if (!res.ok) throw new RequestError('DEMO_IDENTITY_UNAVAILABLE', `demo identity provider answered ${res.status}`, 'The demo identity provider refused the request.');
    return res.json() as Promise<unknown>;
  };
  app.get('/users', { schema: { response: { 200: Type.Object({ value: Type.Array(DemoUserSchema) }) } } }, async () => relay('/demo/users') as never);
  // A person's upcoming Teams meetings, for the demo preview host's side-panel picker (`/demo-host/`).
  const DemoMeeting = Type.Object({
    chatId: Type.String(),
    subject: Type.String(),
    start: Type.String(),
    end: Type.String(),
    attendees: Type.Array(Type.Object({ name: Type.String(), address: Type.String() })),
  });
  app.get(
    '/meetings/:upn',
    { schema: { params: Type.Object({ upn: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s/]+@[^@\\s/]+$' }) }), response: { 200: Type.Object({ value: Type.Array(DemoMeeting) }) } } },
    async (req) => relay(`/demo/meetings/${encodeURIComponent(req.params.upn)}`) as never,
  );
  app.post(
    '/sso-token',
    {
      schema: {
        body: Type.Object({ userPrincipalName: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ token: Type.String() }) },
      },
    },
    async (req) =>
      relay('/demo/sso-token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userPrincipalName: req.body.userPrincipalName }),
      }) as never,
  );
};
