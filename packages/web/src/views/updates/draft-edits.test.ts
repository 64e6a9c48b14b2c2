import type { Suggestion } from '@upfront/contracts';
import { describe, expect, it } from 'vitest';
import { toDraftEdits, toRecipientList, type DraftForm } from './draft-edits.js';

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
  const baseline = { language: 'de-DE', tone: 'direct' as const, subject: suggestion.subject, text: 'Hallo' };
  const unchanged: DraftForm = { recipients: ['jonas@contoso.com', 'priya@contoso.com'], subject: suggestion.subject, text: 'Hallo', delivery: 'their-morning', language: 'de-DE', tone: 'direct' };

  it('sends only the delivery when nothing was edited, so the formatted HTML body is kept', () => {
    expect(toDraftEdits(suggestion, baseline, unchanged)).toEqual({ delivery: 'their-morning' });
  });

  it('treats a different letter case in an address as the same recipient', () => {
    expect(toDraftEdits(suggestion, baseline, { ...unchanged, recipients: ['Jonas@Contoso.com', 'priya@contoso.com'] })).toEqual({ delivery: 'their-morning' });
  });

  it('sends what changed: recipients, subject and the edited text', () => {
    expect(toDraftEdits(suggestion, baseline, { ...unchanged, recipients: ['jonas@contoso.com'], subject: 'Neuer Termin', text: 'Hallo Jonas', delivery: 'on-send' })).toEqual({
      recipients: ['jonas@contoso.com'],
      subject: 'Neuer Termin',
      text: 'Hallo Jonas',
      delivery: 'on-send',
    });
  });

  it('asks the server to write it in the chosen language and tone when the rewritten text was not edited', () => {
    const french = { language: 'fr-FR', tone: 'diplomatic' as const, subject: 'Point sur le SOW', text: 'Bonjour Jonas' };
    const form: DraftForm = { ...unchanged, subject: french.subject, text: french.text, language: 'fr-FR', tone: 'diplomatic' };
    expect(toDraftEdits(suggestion, french, form)).toEqual({ language: 'fr-FR', tone: 'diplomatic', delivery: 'their-morning' });
    // Edited after the rewrite: the user's text goes as it is.
    expect(toDraftEdits(suggestion, french, { ...form, text: 'Bonjour Jonas, à mardi' })).toMatchObject({ text: 'Bonjour Jonas, à mardi' });
  });
});
