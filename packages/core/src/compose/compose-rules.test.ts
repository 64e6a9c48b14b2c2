import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../culture/create-formatter.js';
import { MAIL_PHRASES, createMailMessages } from '../culture/mail/mail-phrases-by-locale.js';
import { writeReaderMoment } from '../culture/mail/write-reader-moment.js';
import { parseTimeZoneId } from '../time/parse.js';
import * as demo from './__fixtures__/demo-mail-world.js';
import { composeDigest } from './compose-digest.js';
import { ComposeError } from './compose-error.js';
import { composeMeetingBrief } from './compose-meeting-brief.js';
import { composeMessage } from './compose-message.js';
import { toMailReader } from './mail-reader.js';
import { TEMPLATE_VERSION } from './template-version.js';
import { toMailHtml } from './to-mail-html.js';
import { toMailText } from './to-mail-text.js';
import { MAX_SUBJECT_CHARS, toSubjectLine } from './to-subject-line.js';

const zone = parseTimeZoneId;
const SF = zone('America/Los_Angeles');

describe('writeReaderMoment', () => {
  const moment = (locale: string, at: string, readerZone: string, readerCity: string) =>
    writeReaderMoment(demo.at(at), { format: createFormatter(locale, demo.NOW), messages: createMailMessages(locale), readerZone: zone(readerZone), readerCity, userZone: SF });

  it.each([
    // 16:00Z on Fri 4 Dec: Paris is UTC+1 in December (17:00), San Francisco UTC−8 (08:00, the same day).
    { locale: 'fr-FR', at: '2026-12-04T16:00:00Z', readerZone: 'Europe/Paris', city: 'Paris', want: 'vendredi 4 décembre, 17:00 heure de Paris (08:00 pour moi)' },
    { locale: 'de-DE', at: '2026-12-04T16:00:00Z', readerZone: 'Europe/Berlin', city: 'Berlin', want: 'Freitag, 4. Dezember, 17:00 Uhr Ortszeit Berlin (bei mir 08:00 Uhr)' },
    // 04:00Z on Fri 4 Dec: Bangalore is UTC+5:30 (09:30 Friday); San Francisco is still Thursday (20:00 on 3 Dec).
    { locale: 'en-GB', at: '2026-12-04T04:00:00Z', readerZone: 'Asia/Kolkata', city: 'Bangalore', want: 'Friday 4 December, 09:30 Bangalore time (Thu 3 Dec, 20:00 my time)' },
    { locale: 'es-ES', at: '2026-12-04T04:00:00Z', readerZone: 'Europe/Madrid', city: 'Madrid', want: 'viernes, 4 de diciembre, a las 05:00, hora de Madrid (para mí, jue, 3 dic, 20:00)' },
    // A reader in the writer's own zone reads no second clock.
    { locale: 'en-US', at: '2026-12-04T16:00:00Z', readerZone: 'America/Los_Angeles', city: 'Seattle', want: 'Friday, December 4, 8:00 AM Seattle time' },
  ])('$locale: $want', ({ locale, at, readerZone, city, want }) => {
    expect(moment(locale, at, readerZone, city)).toBe(want);
  });
});

describe('toSubjectLine', () => {
  it('turns CR, LF, Unicode line breaks, other control characters and bidi overrides into single spaces', () => {
    expect(toSubjectLine('Q3\r\nBcc: eve@evil.example')).toBe('Q3 Bcc: eve@evil.example');
    expect(toSubjectLine('a\u2028b\u2029c\u0085d\u0000e\u202Ef')).toBe('a b c d e f');
    expect(toSubjectLine('  a   b  ')).toBe('a b');
  });

  it('cuts a long subject at MAX_SUBJECT_CHARS characters, the last one an ellipsis', () => {
    // 250 × "é" → the first 199 and "…": 200 characters.
    const cut = toSubjectLine('é'.repeat(250));
    expect(Array.from(cut)).toHaveLength(MAX_SUBJECT_CHARS);
    expect(cut.endsWith('é…')).toBe(true);
    expect(toSubjectLine('é'.repeat(200))).toBe('é'.repeat(200));
  });
});

describe('the document builders', () => {
  const document = { locale: 'en-US', blocks: [{ kind: 'heading', text: 'Done' }, { kind: 'list', items: ['A & B', '<C>'] }, { kind: 'lines', lines: ['Best,', 'Maya'] }] } as const;

  it('write text with blank lines between blocks and "- " list items', () => {
    expect(toMailText(document)).toBe('Done\n\n- A & B\n- <C>\n\nBest,\nMaya\n');
  });

  it('write HTML with inline styles only and every text escaped', () => {
    const html = toMailHtml(document);
    expect(html).toContain('<li style="margin:0 0 4px 0;">A &amp; B</li>');
    expect(html).toContain('&lt;C&gt;');
    expect(html).toContain('Best,<br>Maya');
    expect(html).not.toMatch(/class=|<style|<script|<img|<link|https?:/);
  });
});

describe('the mail catalogues', () => {
  const locales = Object.keys(MAIL_PHRASES) as (keyof typeof MAIL_PHRASES)[];

  it.each(locales.map((locale) => ({ locale })))('$locale: every message is valid ICU and uses typographic apostrophes', ({ locale }) => {
    for (const [id, source] of Object.entries(MAIL_PHRASES[locale])) {
      expect(() => new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }), `${locale} ${id}`).not.toThrow();
      // An ASCII apostrophe is ICU's quote character: it would swallow the braces after it.
      expect(source, `${locale} ${id}`).not.toContain("'");
    }
  });

  it('has the same messages in every locale', () => {
    const ids = Object.keys(MAIL_PHRASES['en-US']).sort();
    for (const locale of locales) expect(Object.keys(MAIL_PHRASES[locale]).sort()).toEqual(ids);
  });
});

describe('composeMessage', () => {
  it('refuses a brief or a digest, which have their own composers', () => {
    const suggestion = { ...demo.headsUp, kind: 'meeting-brief' as const, reason: { kind: 'meeting-brief' as const, brief: demo.brief } };
    expect(() => composeMessage({ suggestion, world: demo.demoWorld, reader: demo.readerFor('en-US', 'direct'), now: demo.NOW })).toThrow(ComposeError);
  });

  it('writes several items under their titles, one ask for all the new dates, and says how many in the subject', () => {
    const r = demo.headsUp.reason.kind === 'heads-up' ? demo.headsUp.reason.items[0] : undefined;
    if (r === undefined) throw new Error('fixture');
    const two = { ...demo.headsUp, reason: { kind: 'heads-up' as const, items: [r, { ...r, itemId: 'other', title: 'Pricing sheet' }] } };
    const mail = composeMessage({ suggestion: two, world: demo.demoWorld, reader: demo.readerFor('de-DE', 'direct'), now: demo.NOW });
    expect(mail.subject).toBe('Hinweis: 2 Aufgaben verzögern sich');
    const lines = mail.text.split('\n');
    // After "Hallo Jonas," German starts in lower case; the openings under each title start in upper case.
    expect(lines[2]).toBe('kurzer Hinweis: 2 Aufgaben verzögern sich.');
    expect(lines).toContain('„Pricing sheet“');
    expect(lines.filter((l) => l.startsWith('Kurzer Hinweis: '))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('Was ich von dir brauche: ein kurzes Ja, wenn die neuen Termine passen'))).toHaveLength(1);
  });

  it('says honestly when no date can be promised yet, and asks for the latest date instead', () => {
    const r = demo.headsUp.reason.kind === 'heads-up' ? demo.headsUp.reason.items[0] : undefined;
    if (r === undefined) throw new Error('fixture');
    const item = { ...r, promise: { kind: 'none' as const, reason: 'calendar-not-read' as const, searchedUntil: demo.on('2026-12-18') }, readings: r.readings.map(({ recipientId, deadline }) => (deadline === undefined ? { recipientId } : { recipientId, deadline })) };
    const mail = composeMessage({ suggestion: { ...demo.headsUp, reason: { kind: 'heads-up', items: [item] } }, world: demo.demoWorld, reader: demo.readerFor('en-GB', 'direct'), now: demo.NOW });
    expect(mail.subject).toBe('‘Partner API spec v2’: running late');
    expect(mail.text).toContain('I can’t give you an honest new date yet: my calendar is only planned up to Friday 18 December.');
    expect(mail.text).toContain('What I need from you: the latest date that still works for you.');
  });

  it('carries the template version', () => {
    const mail = composeMessage({ suggestion: demo.onTrack, world: demo.demoWorld, reader: demo.readerFor('en-US', 'direct'), now: demo.NOW });
    expect(mail.templateVersion).toBe(TEMPLATE_VERSION);
  });
});

describe('toMailReader', () => {
  it('reads a stakeholder’s language, tone, zone and city, with the user’s language and "direct" as defaults', () => {
    expect(toMailReader({ ...demo.jonas, tone: 'diplomatic' }, demo.maya)).toEqual({
      personId: demo.jonas.id,
      name: 'Jonas Weber',
      locale: 'de-DE',
      tone: 'diplomatic',
      timeZone: demo.jonas.timeZone,
      city: 'Berlin',
    });
    const { city: _city, ...noCity } = demo.noa;
    expect(toMailReader(noCity, demo.maya)).toMatchObject({ locale: 'en-US', tone: 'direct', city: 'Jerusalem' });
  });
});

describe('composeDigest', () => {
  it('says "out of office on" a day when the window ends the day it starts', () => {
    // 08:00Z–16:00Z on Fri 4 Dec is 09:00–17:00 in Paris: away and back the same day.
    const digest = { ...demo.digest, away: [{ kind: 'away' as const, personId: demo.camille.id, start: demo.at('2026-12-04T08:00:00Z'), end: demo.at('2026-12-04T16:00:00Z') }] };
    const mail = composeDigest({ digest, world: demo.demoWorld, report: demo.demoReport, reader: demo.readerFor('en-US', 'direct'), now: demo.NOW });
    expect(mail.text).toContain('- Camille Dubois is out of office on Fri, Dec 4\n');
  });

  it('says so when nothing is at risk and no help is needed, and leaves out empty sections', () => {
    const digest = { ...demo.digest, done: [], atRisk: [], help: [], away: [] };
    const mail = composeDigest({ digest, world: demo.demoWorld, report: demo.demoReport, reader: demo.readerFor('en-GB', 'direct'), now: demo.NOW });
    expect(mail.text).toContain('At risk, with new dates\n\nNothing at risk.');
    expect(mail.text).toContain('Where I need help\n\nNo help needed right now.');
    expect(mail.text).not.toContain('Done\n');
    expect(mail.text).not.toContain('Time away');
  });
});

describe('composeMeetingBrief', () => {
  it('returns the talking points per attendee as data, with their words', () => {
    const brief = composeMeetingBrief({ brief: demo.brief, world: demo.demoWorld, now: demo.NOW });
    expect(brief.meetingId).toBe('meeting-partner-sync');
    expect(brief.attendees.map((a) => a.heading)).toEqual(['Jonas Weber (Berlin)', 'Priya Raman (Bangalore)', 'Noa Levi (Tel Aviv)', 'Camille Dubois (Paris)']);
    const jonas = brief.attendees[0];
    expect(jonas?.owed).toEqual([
      { itemId: 'spec', title: 'Partner API spec v2', state: 'off-track', text: '“Partner API spec v2”: will miss Fri, Dec 4, 6:00 PM Berlin (9:00 AM your time); you could promise Wed, Dec 9' },
    ]);
    // 16:00Z is 21:30 in Bangalore (UTC+5:30), after Priya's 18:00 close.
    expect(brief.attendees[1]?.day.map((d) => d.text)).toEqual(['It is 9:30 PM for Priya Raman, after working hours.']);
    expect(brief.attendees[2]?.day.map((d) => d.fact.kind)).toEqual(['local-time', 'weekend-starts']);
  });

  it('names a public holiday today or tomorrow where the attendee is', () => {
    // Lucía in Madrid: Monday 7 December 2026 is the substitute day for Constitution Day (a Sunday this year).
    const brief = { ...demo.brief, attendees: [{ personId: demo.lucia.id, owed: [], day: [{ kind: 'holiday' as const, on: demo.on('2026-12-07'), name: 'Día de la Constitución Española (día sustituto)', when: 'tomorrow' as const }] }] };
    const world = { ...demo.demoWorld, user: { ...demo.maya, language: 'es-ES' } };
    const composed = composeMeetingBrief({ brief, world, now: demo.NOW });
    expect(composed.attendees[0]?.day[0]?.text).toBe('Mañana es festivo para Lucía Fernández (Día de la Constitución Española (día sustituto)).');
  });
});

describe('a reader whose language Upfront does not write', () => {
  it('reads the fallback words and dates in the same language, never two languages in one sentence', () => {
    // Noa's language set to Hebrew: the words fall back to English, and so do the dates (not "יום ו׳, 4 בדצמ׳").
    const reader = { ...demo.readerFor('en-US', 'direct'), locale: 'he-IL' };
    const mail = composeMessage({ suggestion: demo.headsUp, world: demo.demoWorld, reader, now: demo.NOW });
    expect(mail.text).not.toMatch(/[\u0590-\u05FF]/);
    expect(mail.subject).not.toMatch(/[\u0590-\u05FF]/);
    expect(mail.text).toMatch(/December/);
  });
});

describe('toMailReader', () => {
  it('greets by the first name the profile gives, and by the display name when there is none', () => {
    expect(toMailReader({ ...demo.jonas, givenName: 'Jonas' }, demo.maya).name).toBe('Jonas');
    expect(toMailReader({ ...demo.jonas, displayName: 'Jonas Weber' }, demo.maya).name).toBe('Jonas Weber');
  });
});
