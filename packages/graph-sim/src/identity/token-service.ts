import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { chmod, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import { GRAPH_AUDIENCE, TEAMS_CLIENT_ID } from '../constants.js';
import type { SimPerson } from '../state/types.js';

const SIGNING_KEY_FILE = 'signing-key.pem';
const TOKEN_LIFETIME_S = 3600;

export interface TokenClaims extends JWTPayload {
  tid?: string;
  oid?: string;
  scp?: string;
  roles?: string[];
  appid?: string;
  azp?: string;
  preferred_username?: string;
  name?: string;
  upn?: string;
  ver?: string;
}

export interface TokenService {
  issuer: string;
  jwks: { keys: JWK[] };
  /** A Teams-shaped v2 SSO token for the Upfront app (audience = app client id). */
  signSsoToken(person: SimPerson): Promise<string>;
  /** A Graph access token: delegated (`person` + scopes) or app-only (`roles`). */
  signGraphToken(input: { person?: SimPerson; scopes?: readonly string[]; roles?: readonly string[]; appId: string }): Promise<string>;
  verify(token: string, audience: string): Promise<TokenClaims>;
}

/** The tenant's token signing key: kept in certDir so tokens survive a simulator restart. */
async function loadSigningKey(certDir: string): Promise<KeyObject> {
  const file = join(certDir, SIGNING_KEY_FILE);
  try {
    return createPrivateKey(await readFile(file, 'utf8'));
  } catch {
    await mkdir(certDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    await chmod(file, 0o600);
    return privateKey;
  }
}

export async function createTokenService(opts: { certDir: string; issuer: string; tenantId: string; appClientId: string }): Promise<TokenService> {
  const privateKey = await loadSigningKey(opts.certDir);
  const publicKey = createPublicKey(privateKey);
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const publicJwk: JWK = { kty: 'RSA', use: 'sig', kid, alg: 'RS256', n: jwk.n, e: jwk.e, issuer: opts.issuer } as JWK;

  const sign = async (claims: TokenClaims, audience: string) => {
    const nowS = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims, uti: randomUUID().replace(/-/g, '').slice(0, 22) })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
      .setIssuer(opts.issuer)
      .setAudience(audience)
      .setIssuedAt(nowS)
      .setNotBefore(nowS)
      .setExpirationTime(nowS + TOKEN_LIFETIME_S)
      .sign(privateKey);
  };

  return {
    issuer: opts.issuer,
    jwks: { keys: [publicJwk] },
    signSsoToken: (person) =>
      sign({
        sub: person.id, oid: person.id, tid: opts.tenantId, scp: 'access_as_user', azp: TEAMS_CLIENT_ID, azpacr: '0',
        preferred_username: person.userPrincipalName, name: person.displayName, ver: '2.0',
      } as TokenClaims, opts.appClientId),
    signGraphToken: ({ person, scopes, roles, appId }) =>
      sign({
        tid: opts.tenantId, appid: appId, azp: appId, ver: '1.0',
        ...(person
          ? { sub: person.id, oid: person.id, upn: person.userPrincipalName, name: person.displayName, scp: (scopes ?? []).join(' ') }
          : { sub: appId, oid: appId, roles: [...(roles ?? [])], idtyp: 'app' }),
      } as TokenClaims, GRAPH_AUDIENCE),
    verify: async (token, audience) => {
      const { payload } = await jwtVerify(token, publicKey, { algorithms: ['RS256'], issuer: opts.issuer, audience, clockTolerance: 60 });
      return payload as TokenClaims;
    },
  };
}
