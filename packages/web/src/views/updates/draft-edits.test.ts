import type { Suggestion } from '@upfront/contracts';
import { describe, expect, it } from 'vitest';
import { toDraftEdits, toRecipientList } from './DraftEditor.js';

const suggestion: Suggestion = {
  id: 's1',
  kind: 'heads-up',
  severity: 'off-track',
  recipients: [
    { id: 'jonas@contoso.com', displayName: 'Jonas', email: 'jonas@contoso.com', language: 'de-DE', timeZone: 'Europe/Berlin' },
    { id: 'priya@contoso.com', displayName: 'Priya', email: 'priya@contoso.com', language: 'en-GB', timeZone: 'Asia/Kolkata' },
  ],
  itemIds: ['t1'],
  language: 'de-DE',
  subject: 'Migrationsleitfaden: neuer Termin',
  html: '<p>Hallo</p>',
  text: 'Hallo',
  reason: { kind: 'heads-up', items: [{ itemId: 't1', title: 'Migrationsleitfaden', from: 'at-risk', to: 'off-track' }] },
  sendAt: '2026-12-02T08:00:00Z',
  period: '2026-12-01',
};

describe('toRecipientList', () => {
  it('splits on commas, semicolons and spaces, once per address', () => {
    expect(toRecipientList(' a@x.io, b@x.io;c@x.io  a@x.io ,, ')).toEqual(['a@x.io', 'b@x.io', 'c@x.io']);
  });
});

describe('toDraftEdits', () => {
  const unchanged = { to: 'jonas@contoso.com, priya@contoso.com', subject: suggestion.subject, text: 'Hallo', delivery: 'their-morning' as const };

  it('sends only the delivery when nothing was edited, so the formatted HTML body is kept', () => {
    expect(toDraftEdits(suggestion, unchanged)).toEqual({ delivery: 'their-morning' });
  });

  it('treats a different letter case in an address as the same recipient', () => {
    expect(toDraftEdits(suggestion, { ...unchanged, to: 'Jonas@Contoso.com, priya@contoso.com' })).toEqual({ delivery: 'their-morning' });
  });

  it('sends what changed: recipients, subject and the edited text', () => {
    expect(toDraftEdits(suggestion, { to: 'jonas@contoso.com', subject: 'Neuer Termin', text: 'Hallo Jonas', delivery: 'on-send' })).toEqual({
      recipients: ['jonas@contoso.com'],
      subject: 'Neuer Termin',
      text: 'Hallo Jonas',
      delivery: 'on-send',
    });
  });
});
