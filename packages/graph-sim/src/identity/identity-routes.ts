import type { FastifyInstance, FastifyReply } from 'fastify';
import { APP_APPLICATION_ROLES, APP_DELEGATED_SCOPES, GRAPH_AUDIENCE } from '../constants.js';
import type { SimRuntime } from '../state/sim-runtime.js';
import { registerConsentRoutes, withheldConsent } from './consent-routes.js';
import { entraError } from './entra-error.js';

const OBO_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

function send(reply: FastifyReply, status: number, body: unknown) {
  return reply.code(status).header('cache-control', 'no-store, no-cache').header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(body));
}

/** Graph scopes of a request: `.default` → the consented set; otherwise each must be consented. */
function graphScopes(requested: string[], consented: readonly string[]): { scopes: string[] } | { missing: string[] } {
  const graph = requested.filter((s) => !OIDC_SCOPES.has(s.toLowerCase()));
  if (graph.length === 0 || graph.some((s) => s.toLowerCase() === `${GRAPH_AUDIENCE}/.default`)) return { scopes: [...consented] };
  const names = graph.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, ''));
  const missing = names.filter((n) => !consented.some((c) => c.toLowerCase() === n.toLowerCase()));
  if (missing.length) return { missing };
  return { scopes: names.map((n) => consented.find((c) => c.toLowerCase() === n.toLowerCase()) ?? n) };
}

/** Entra ID v2 endpoints of the simulated tenant: OIDC discovery, JWKS, and the token endpoint (OBO + client credentials). */
export function registerIdentityRoutes(app: FastifyInstance, rt: SimRuntime): void {
  const tenantOk = (tenant: string) => tenant.toLowerCase() === rt.identity.tenantId.toLowerCase();
  const badTenant = (reply: FastifyReply, tenant: string) =>
    send(reply, 400, entraError('invalid_tenant', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`));

  app.get<{ Params: { tenant: string } }>('/:tenant/v2.0/.well-known/openid-configuration', async (request, reply) => {
    if (!tenantOk(request.params.tenant)) return badTenant(reply, request.params.tenant);
    const base = `${rt.baseUrl}/${rt.identity.tenantId}`;
    return send(reply, 200, {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: rt.tokens.issuer,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${rt.baseUrl}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    });
  });

  app.get<{ Params: { tenant: string } }>('/:tenant/discovery/v2.0/keys', async (request, reply) => {
    if (!tenantOk(request.params.tenant)) return badTenant(reply, request.params.tenant);
    return send(reply, 200, rt.tokens.jwks);
  });

  registerConsentRoutes(app, rt);

  app.post<{ Params: { tenant: string } }>('/:tenant/oauth2/v2.0/token', async (request, reply) => {
    if (!tenantOk(request.params.tenant)) return badTenant(reply, request.params.tenant);
    const form = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
    const correlationId = form.get('client-request-id') ?? (request.headers['client-request-id'] as string | undefined);
    const err = (status: number, error: string, code: number, message: string, suberror?: string) => send(reply, status, entraError(error, code, message, correlationId, suberror));

    // Client authentication: client_secret in the body or HTTP Basic.
    let clientId = form.get('client_id') ?? '';
    let secret = form.get('client_secret');
    const basic = /^Basic\s+(.+)$/i.exec(String(request.headers['authorization'] ?? ''));
    if (basic?.[1]) {
      const [id, pw] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId = decodeURIComponent(id ?? '');
      secret = decodeURIComponent(pw ?? '');
    }
    if (!clientId) return err(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
    if (clientId !== rt.identity.appClientId) {
      return err(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${rt.identity.tenantId}'.`);
    }
    if (form.get('client_assertion')) return err(401, 'invalid_client', 700027, 'Client assertion contains an invalid signature (the simulator accepts client secrets only).');
    if (!secret) return err(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    if (secret !== rt.identity.appClientSecret) {
      return err(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`);
    }
    const grant = form.get('grant_type') ?? '';
    const requested = (form.get('scope') ?? '').split(' ').filter(Boolean);
    const issued = (accessToken: string, scope: string, extra: Record<string, unknown> = {}) =>
      send(reply, 200, { token_type: 'Bearer', scope, expires_in: 3599, ext_expires_in: 3599, access_token: accessToken, ...extra });

    if (grant === 'client_credentials') {
      if (requested.length !== 1 || !/\/\.default$/i.test(requested[0] ?? '')) {
        return err(400, 'invalid_scope', 1002012, `The provided value for scope ${requested.join(' ')} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
      }
      if ((requested[0] ?? '').toLowerCase() !== `${GRAPH_AUDIENCE}/.default`) {
        return err(400, 'invalid_resource', 500011, `The resource principal named ${requested[0]?.replace(/\/\.default$/i, '')} was not found in the tenant named ${rt.identity.tenantId}.`);
      }
      const token = await rt.tokens.signGraphToken({ roles: APP_APPLICATION_ROLES, appId: clientId });
      return issued(token, `${GRAPH_AUDIENCE}/.default`);
    }
    if (grant === OBO_GRANT) {
      if (form.get('requested_token_use') !== 'on_behalf_of') {
        return err(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'requested_token_use' (on_behalf_of).");
      }
      const assertion = form.get('assertion');
      if (!assertion) return err(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'assertion'.");
      let claims;
      try {
        claims = await rt.tokens.verify(assertion, rt.identity.appClientId);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'ERR_JWT_EXPIRED') return err(400, 'invalid_grant', 500133, 'Assertion is not within its valid time range.');
        if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return err(400, 'invalid_grant', 50013, 'Assertion failed signature validation or audience/issuer mismatch.');
        return err(400, 'invalid_grant', 50013, 'Assertion failed signature validation.');
      }
      if (claims.tid !== rt.identity.tenantId) return err(400, 'invalid_grant', 50013, 'Assertion tenant does not match.');
      const person = claims.oid ? rt.findPerson(claims.oid) : undefined;
      if (!person) return err(400, 'invalid_grant', 50034, 'The user account does not exist in the directory.');
      if (withheldConsent(rt).has(person.id)) {
        return err(400, 'invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${clientId}'. Send an interactive authorization request for this user and resource.`, 'consent_required');
      }
      const scopes = graphScopes(requested, APP_DELEGATED_SCOPES);
      if ('missing' in scopes) {
        return err(400, 'invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${clientId}'. Send an interactive authorization request for this user and resource (missing: ${scopes.missing.join(' ')}).`, 'consent_required');
      }
      const token = await rt.tokens.signGraphToken({ person, scopes: scopes.scopes, appId: clientId });
      const clientInfo = form.get('client_info') === '1'
        ? { client_info: Buffer.from(JSON.stringify({ uid: person.id, utid: rt.identity.tenantId })).toString('base64url') }
        : {};
      return issued(token, scopes.scopes.map((s) => `${GRAPH_AUDIENCE}/${s}`).join(' '), clientInfo);
    }
    return err(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'. The simulator supports client_credentials and ${OBO_GRANT} (on-behalf-of).`);
  });
}
