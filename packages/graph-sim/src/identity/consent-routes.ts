import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLoopback } from '../demo-routes.js';
import type { SimRuntime } from '../state/sim-runtime.js';

/**
 * Which people of the simulated tenant have not consented to the Upfront app (person ids). Empty by default: the
 * admin consented for everyone. `POST /demo/consent` withdraws or gives a person's consent; the authorize page
 * gives it, as Entra's consent prompt does. Kept per simulator (the runtime object), apart from its world.
 */
const withheld = new WeakMap<object, Set<string>>();

export function withheldConsent(rt: SimRuntime): Set<string> {
  let set = withheld.get(rt);
  if (set === undefined) withheld.set(rt, (set = new Set()));
  return set;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(reply: FastifyReply, status: number, title: string, body: string) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:34rem;line-height:1.4}
button{font:inherit;padding:.4rem 1rem;margin-right:.5rem}</style></head><body>${body}</body></html>`);
}

/** A redirect URI the simulator may send a browser to: https anywhere, plain http only on this machine. */
function isAllowedRedirect(value: string): URL | undefined {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return url;
    if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return url;
  } catch {
    return undefined;
  }
  return undefined;
}

function formOf(request: FastifyRequest): URLSearchParams {
  return new URLSearchParams(typeof request.body === 'string' ? request.body : '');
}

/**
 * The interactive half of the identity provider: `GET /{tenant}/oauth2/v2.0/authorize` shows a consent page for the
 * person named by `login_hint` (the demo has no passwords), and its form (`POST`, loopback only, as every demo
 * route) records the consent and redirects to `redirect_uri` with `code` and `state` — or `error=access_denied`.
 * The code is not redeemable: Upfront only needs the consent, its tokens come from SSO and on-behalf-of.
 */
export function registerConsentRoutes(app: FastifyInstance, rt: SimRuntime): void {
  const tenantOk = (tenant: string) => tenant.toLowerCase() === rt.identity.tenantId.toLowerCase();

  app.get<{ Params: { tenant: string }; Querystring: Record<string, string | undefined> }>('/:tenant/oauth2/v2.0/authorize', async (request, reply) => {
    const q = request.query;
    if (!tenantOk(request.params.tenant)) return page(reply, 400, 'Sign in', `<p>AADSTS90002: Tenant '${escapeHtml(request.params.tenant)}' not found.</p>`);
    if (q.client_id !== rt.identity.appClientId) {
      return page(reply, 400, 'Sign in', `<p>AADSTS700016: Application with identifier '${escapeHtml(q.client_id ?? '')}' was not found in the directory.</p>`);
    }
    const redirect = isAllowedRedirect(q.redirect_uri ?? '');
    if (redirect === undefined) return page(reply, 400, 'Sign in', '<p>AADSTS50011: The redirect URI is missing or not allowed.</p>');
    const person = q.login_hint ? rt.findPerson(q.login_hint) : undefined;
    if (person === undefined) {
      return page(reply, 400, 'Sign in', `<p>AADSTS50034: The user account '${escapeHtml(q.login_hint ?? '')}' does not exist in the directory. The demo identity provider needs a <code>login_hint</code>.</p>`);
    }
    const hidden = ['client_id', 'redirect_uri', 'state', 'scope', 'login_hint']
      .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(q[name] ?? '')}">`)
      .join('');
    return page(
      reply,
      200,
      'Permissions requested',
      `<h1>Permissions requested</h1><p>${escapeHtml(person.displayName)} (${escapeHtml(person.userPrincipalName)})</p>
<p><strong>Upfront</strong> would like to read your calendar, tasks, mailbox settings and people, and write drafts in your mailbox.</p>
<p>Scopes: <code>${escapeHtml(q.scope ?? '')}</code></p>
<form method="post">${hidden}<button type="submit" name="decision" value="accept">Accept</button><button type="submit" name="decision" value="cancel">Cancel</button></form>`,
    );
  });

  app.post<{ Params: { tenant: string } }>('/:tenant/oauth2/v2.0/authorize', async (request, reply) => {
    if (!isLoopback(request.socket.remoteAddress ?? request.ip)) return page(reply, 403, 'Sign in', '<p>The demo identity provider answers this machine only.</p>');
    const form = formOf(request);
    const redirect = isAllowedRedirect(form.get('redirect_uri') ?? '');
    const person = rt.findPerson(form.get('login_hint') ?? '');
    if (!tenantOk(request.params.tenant) || form.get('client_id') !== rt.identity.appClientId || redirect === undefined || person === undefined) {
      return page(reply, 400, 'Sign in', '<p>AADSTS900144: The consent form was incomplete.</p>');
    }
    const state = form.get('state');
    if (state !== null && state !== '') redirect.searchParams.set('state', state);
    if (form.get('decision') === 'accept') {
      withheldConsent(rt).delete(person.id);
      redirect.searchParams.set('code', randomBytes(24).toString('base64url'));
    } else {
      redirect.searchParams.set('error', 'access_denied');
      redirect.searchParams.set('error_description', 'AADSTS65004: User declined to consent to access the app.');
    }
    return reply.code(302).header('cache-control', 'no-store').header('location', redirect.href).send();
  });

  // Loopback only, like every /demo route: withdraw (or give) a person's consent to build the "consent needed" story.
  app.register(async (demo) => {
    demo.addHook('onRequest', async (request, reply) => {
      if (!isLoopback(request.socket.remoteAddress ?? request.ip)) {
        return reply.code(403).type('application/problem+json').send(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Demo routes answer loopback clients only.' }));
      }
      return undefined;
    });
    demo.post('/demo/consent', async (request, reply) => {
      let body: { userPrincipalName?: unknown; granted?: unknown } = {};
      try {
        body = typeof request.body === 'string' && request.body ? (JSON.parse(request.body) as typeof body) : {};
      } catch {
        body = {};
      }
      const person = typeof body.userPrincipalName === 'string' ? rt.findPerson(body.userPrincipalName) : undefined;
      if (person === undefined || typeof body.granted !== 'boolean') {
        return reply.code(400).type('application/problem+json').send(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Send {"userPrincipalName": "...", "granted": true|false} for a demo person.' }));
      }
      if (body.granted) withheldConsent(rt).delete(person.id);
      else withheldConsent(rt).add(person.id);
      return { userPrincipalName: person.userPrincipalName, granted: body.granted };
    });
  });
}
