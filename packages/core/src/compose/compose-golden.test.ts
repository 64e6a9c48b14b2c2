import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../culture/supported-locales.js';
import type { MessageTone } from '../model/person.js';
import * as demo from './__fixtures__/demo-mail-world.js';
import { composeDigest } from './compose-digest.js';
import { composeMeetingBrief } from './compose-meeting-brief.js';
import { composeMessage } from './compose-message.js';
import type { ComposedMail } from './composed-mail.js';

// Golden files are read as prose (STYLE.md §7): one per locale, tone and kind, subject first, then the text body.
// The HTML is the same structure in every language: its golden files are kept for en-US.
const TONES: readonly MessageTone[] = ['direct', 'diplomatic'];
const MESSAGES = [
  { kind: 'heads-up', suggestion: demo.headsUp },
  { kind: 'heads-up-overdue', suggestion: demo.headsUpOverdue },
  { kind: 'confirm-promise', suggestion: demo.confirmPromise },
  { kind: 'on-track', suggestion: demo.onTrack },
  { kind: 'delivered', suggestion: demo.delivered },
  { kind: 'ask-for-help', suggestion: demo.askForHelp },
] as const;

const asText = (mail: ComposedMail) => `Subject: ${mail.subject}\n\n${mail.text}`;
const golden = (locale: string, name: string) => `./__golden__/${locale}/${name}`;

describe.each(SUPPORTED_LOCALES.flatMap((locale) => TONES.map((tone) => ({ locale, tone }))))('messages in $locale, $tone', ({ locale, tone }) => {
  const reader = demo.readerFor(locale, tone);

  it.each(MESSAGES)('writes the $kind note as the golden file says', async ({ kind, suggestion }) => {
    const mail = composeMessage({ suggestion, world: demo.demoWorld, reader, now: demo.NOW });
    expect(mail.locale).toBe(locale);
    await expect(asText(mail)).toMatchFileSnapshot(golden(locale, `${kind}.${tone}.txt`));
    if (locale === 'en-US') await expect(mail.html).toMatchFileSnapshot(golden(locale, `${kind}.${tone}.html`));
  });

  it('writes the weekly digest as the golden file says', async () => {
    const mail = composeDigest({ digest: demo.digest, world: demo.demoWorld, report: demo.demoReport, reader, now: demo.NOW });
    await expect(asText(mail)).toMatchFileSnapshot(golden(locale, `weekly-digest.${tone}.txt`));
    if (locale === 'en-US') await expect(mail.html).toMatchFileSnapshot(golden(locale, `weekly-digest.${tone}.html`));
  });
});

describe.each(SUPPORTED_LOCALES.map((locale) => ({ locale })))('the meeting brief in $locale', ({ locale }) => {
  it('is written for the user in the user’s language, as the golden file says', async () => {
    const world = { ...demo.demoWorld, user: { ...demo.maya, language: locale } };
    const brief = composeMeetingBrief({ brief: demo.brief, world, now: demo.NOW });
    expect(brief.locale).toBe(locale);
    await expect(asText(brief)).toMatchFileSnapshot(golden(locale, 'meeting-brief.txt'));
    if (locale === 'en-US') await expect(brief.html).toMatchFileSnapshot(golden(locale, 'meeting-brief.html'));
  });
});
