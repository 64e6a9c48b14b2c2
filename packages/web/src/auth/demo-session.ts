import type { DemoUser } from '@upfront/contracts';

/** A demo sign-in outside Teams: the chosen person of the demo organisation and the SSO-shaped token for them. */
export interface DemoSession {
  person: DemoUser;
  token: string;
}

/** The sessionStorage key: per browser tab, gone when the tab closes, so a reload keeps the person. */
export const DEMO_SESSION_KEY = 'upfront.demo-session';

/** Reads a stored demo session; anything malformed reads as "not signed in". */
export function parseDemoSession(text: string | null): DemoSession | undefined {
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A corrupted entry: treat as signed out; the next sign-in overwrites it.
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { person, token } = value as { person?: unknown; token?: unknown };
  if (typeof token !== 'string' || token === '' || typeof person !== 'object' || person === null) return undefined;
  const p = person as Record<string, unknown>;
  if (typeof p.userPrincipalName !== 'string' || typeof p.displayName !== 'string' || typeof p.timeZone !== 'string') {
    return undefined;
  }
  return {
    token,
    person: {
      userPrincipalName: p.userPrincipalName,
      displayName: p.displayName,
      timeZone: p.timeZone,
      ...(typeof p.jobTitle === 'string' ? { jobTitle: p.jobTitle } : {}),
      ...(typeof p.city === 'string' ? { city: p.city } : {}),
    },
  };
}

/** Writes a demo session for `parseDemoSession`. */
export function toStoredDemoSession(session: DemoSession): string {
  return JSON.stringify({ person: session.person, token: session.token });
}
