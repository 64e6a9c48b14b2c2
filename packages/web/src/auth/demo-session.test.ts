import { describe, expect, it } from 'vitest';
import { parseDemoSession, toStoredDemoSession } from './demo-session.js';

const session = {
  person: { userPrincipalName: 'lena@contoso.com', displayName: 'Lena Vogel', timeZone: 'Europe/Berlin', city: 'Berlin' },
  token: 'header.payload.sig',
};

describe('demo session storage', () => {
  it('reads back what it stored', () => {
    expect(parseDemoSession(toStoredDemoSession(session))).toEqual(session);
  });

  it.each([
    { case: 'nothing stored', text: null },
    { case: 'not JSON', text: '{oops' },
    { case: 'no token', text: JSON.stringify({ person: session.person }) },
    { case: 'an empty token', text: JSON.stringify({ person: session.person, token: '' }) },
    { case: 'a person without a zone', text: JSON.stringify({ person: { userPrincipalName: 'a', displayName: 'A' }, token: 't' }) },
  ])('reads $case as signed out', ({ text }) => {
    expect(parseDemoSession(text)).toBeUndefined();
  });
});
