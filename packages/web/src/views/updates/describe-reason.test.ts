import type { Recipient } from '@upfront/contracts';
import { createTabText, UPDATES_TEXT } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { describeLanguage, describeReason, describeSendAt } from './describe-reason.js';

const jonas: Recipient = { id: 'jonas@contoso.com', displayName: 'Jonas Weber', email: 'jonas@contoso.com', language: 'de-DE', timeZone: 'Europe/Berlin' };
const priya: Recipient = { id: 'priya@contoso.com', displayName: 'Priya Raman', email: 'priya@contoso.com', language: 'en-GB', timeZone: 'Asia/Kolkata' };
const ctx = { text: createTabText(UPDATES_TEXT, 'en-GB'), format: createTabFormatter('en-GB', '2026-12-01T17:00:00Z'), recipients: [jonas, priya], userZone: 'America/Los_Angeles' };

describe('describeReason', () => {
  it('says what changed, the date to promise and the first promise when it slipped', () => {
    const text = describeReason(
      {
        kind: 'heads-up',
        items: [{ itemId: 't1', title: 'Migration guide', from: 'at-risk', to: 'off-track', promisedOn: '2026-12-04', firstPromisedOn: '2026-12-01' }],
      },
      ctx,
    );
    expect(text).toBe('“Migration guide” is now off track: you can promise Fri 4 Dec (first promised Tue 1 Dec).');
  });

  it('names who has not heard from the user, and for how long (the shortest silence)', () => {
    const text = describeReason(
      {
        kind: 'on-track',
        items: [{ itemId: 't2', title: 'Release notes' }],
        contacts: [
          { recipientId: jonas.id, silentDays: 9 },
          { recipientId: priya.id, silentDays: 12 },
        ],
      },
      ctx,
    );
    expect(text).toBe('Jonas Weber and Priya Raman have not heard from you for 9 days; “Release notes” is on track.');
  });

  it('says how much of which item a colleague could take', () => {
    // 252 minutes = 4.2 hours (core's one rounding rule: tenths above an hour).
    const text = describeReason({ kind: 'ask-for-help', colleagueId: jonas.id, items: [{ itemId: 't1', title: 'Migration guide', minutes: 252, shortMinutes: 864 }] }, ctx);
    expect(text).toBe('Jonas Weber has free time before the deadline and could take 4.2 hrs of “Migration guide”.');
  });
});

describe('describeSendAt', () => {
  it("writes the send time on the user's clock with each recipient's own time beside it", () => {
    // 08:00Z is 00:00 in San Francisco (PST, UTC−8), 09:00 in Berlin (CET, UTC+1), 13:30 in Bangalore (IST, UTC+5:30).
    expect(describeSendAt('2026-12-02T08:00:00Z', ctx)).toBe('Best sent Wed 2 Dec, 00:00 (09:00 for Jonas Weber and 13:30 for Priya Raman)');
  });
});

describe('the reasons in French', () => {
  const fr = { ...ctx, text: createTabText(UPDATES_TEXT, 'fr-FR'), format: createTabFormatter('fr-FR', '2026-12-01T17:00:00Z') };
  it('quotes titles the French way and words the plural by ICU', () => {
    const text = describeReason(
      { kind: 'on-track', items: [{ itemId: 't2', title: 'Notes de version' }], contacts: [{ recipientId: jonas.id, silentDays: 9 }, { recipientId: priya.id, silentDays: 12 }] },
      fr,
    );
    expect(text).toBe('Jonas Weber et Priya Raman n’ont pas eu de nouvelles de vous depuis 9 jours\u202f; «\u00a0Notes de version\u00a0» est dans les temps.');
  });
});

describe('describeLanguage', () => {
  it('names a language from the catalogue, and one it does not name by the locale’s display names', () => {
    const fr = createTabText(UPDATES_TEXT, 'fr-FR');
    expect(describeLanguage(fr, 'de-DE')).toBe('allemand');
    expect(describeLanguage(fr, 'de-DE', 'languageOption')).toBe('Allemand');
    expect(describeLanguage(fr, 'en-IN')).toBe('anglais (Inde)');
  });
});
