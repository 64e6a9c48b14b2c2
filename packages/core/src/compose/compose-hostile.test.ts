import { unescape } from 'html-escaper';
import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../model/person.js';
import type { UserWorld } from '../model/world.js';
import type { Suggestion } from '../suggest/types.js';
import * as demo from './__fixtures__/demo-mail-world.js';
import { composeDigest } from './compose-digest.js';
import { composeMeetingBrief } from './compose-meeting-brief.js';
import { composeMessage } from './compose-message.js';
import type { ComposedMail } from './composed-mail.js';

// Titles and names come from Graph and from people: each of these must end up as text, never as markup or as a
// template someone evaluates.
const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '{{7*7}}', '${7*7}'];
const TITLE = `${HOSTILE.join(' ')} Q3\r\nBcc: eve@evil.example`;
const NAME = `Eve <img src=x onerror=alert(1)> {{7*7}}\r\nX-Header: 1`;

/** Everything the composer may emit: these elements, with only these attributes. */
const ALLOWED_TAGS = new Set(['div', 'table', 'tr', 'td', 'p', 'ul', 'li', 'br']);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'style', 'role', 'width', 'cellpadding', 'cellspacing', 'border']);

interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
}

/**
 * Reads the markup the way a browser's tokenizer starts a tag: every `<` followed by a letter or `/` opens one.
 * No HTML parser is among the installed packages, so the test is strict instead: each `<` must open a
 * well-formed tag with double-quoted attributes, and nothing else may look like markup.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  let rest = html;
  for (let at = rest.indexOf('<'); at !== -1; at = rest.indexOf('<')) {
    const match = /^<\/?([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"<>]*")*)\s*\/?>/.exec(rest.slice(at));
    if (match === null) throw new Error(`markup that is not a well-formed tag: ${rest.slice(at, at + 40)}`);
    const attributes = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) attributes.set((a[1] ?? '').toLowerCase(), unescape(a[2] ?? ''));
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
    rest = rest.slice(at + match[0].length);
  }
  return tags;
}

function expectSafe(mail: ComposedMail): void {
  const tags = tagsOf(mail.html);
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) {
    expect(ALLOWED_TAGS).toContain(tag.name);
    for (const [name, value] of tag.attributes) {
      expect(ALLOWED_ATTRIBUTES).toContain(name);
      expect(name.startsWith('on')).toBe(false);
      expect(value.toLowerCase()).not.toContain('javascript:');
    }
  }
  expect(mail.html.toLowerCase()).not.toContain('<script');
  expect(mail.html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  // The hostile strings are still there, as text: escaped in the HTML, verbatim in the text body, not evaluated.
  expect(unescape(mail.html)).toContain('<script>alert(1)</script>');
  expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(mail.text).toContain('{{7*7}}');
  expect(mail.text).toContain('${7*7}');
  expect(mail.text).not.toContain('49');
  expect(mail.subject).not.toMatch(/[\r\n\u2028\u2029]/);
}

const hostileWorld: UserWorld = {
  ...demo.demoWorld,
  user: { ...demo.maya, displayName: NAME },
  stakeholders: demo.demoWorld.stakeholders.map((s): Stakeholder => ({ ...s, displayName: NAME, city: NAME })),
  colleagues: (demo.demoWorld.colleagues ?? []).map((c) => ({ ...c, displayName: NAME })),
};

function retitled(suggestion: Suggestion): Suggestion {
  const r = suggestion.reason;
  switch (r.kind) {
    case 'heads-up':
      return { ...suggestion, reason: { ...r, items: r.items.map((i) => ({ ...i, title: TITLE, cause: { kind: 'earlier-work' as const, roots: [{ itemId: 'x', title: TITLE }], shortMinutes: 60 } })) } };
    case 'confirm-promise':
      return { ...suggestion, reason: { ...r, items: r.items.map((i) => ({ ...i, title: TITLE })) } };
    case 'on-track':
      return { ...suggestion, reason: { ...r, items: r.items.map((i) => ({ ...i, title: TITLE })) } };
    case 'delivered':
      return { ...suggestion, reason: { ...r, items: r.items.map((i) => ({ ...i, title: TITLE })) } };
    case 'ask-for-help':
      return { ...suggestion, reason: { ...r, items: r.items.map((i) => ({ ...i, title: TITLE })) } };
    default:
      return suggestion;
  }
}

describe('the markup check', () => {
  it('refuses what an unescaped title would produce', () => {
    const raw = (html: string): ComposedMail => ({ subject: 's', html, text: '{{7*7}} ${7*7}', locale: 'en-US', templateVersion: 'x' });
    expect(() => expectSafe(raw('<p style="x"><img src=x onerror=alert(1)></p>'))).toThrow();
    expect(() => expectSafe(raw('<p style="x">&lt;script&gt;alert(1)&lt;/script&gt;</p><script>alert(1)</script>'))).toThrow();
    expect(() => expectSafe(raw('<p onclick="alert(1)">&lt;script&gt;alert(1)&lt;/script&gt;</p>'))).toThrow();
  });
});

describe('hostile titles and names', () => {
  const readers = [demo.readerFor('en-US', 'direct'), { ...demo.readerFor('fr-FR', 'diplomatic'), name: NAME, city: NAME }];

  it.each([demo.headsUp, demo.confirmPromise, demo.onTrack, demo.delivered, demo.askForHelp].map((s) => ({ kind: s.kind, s })))(
    'stay text in a $kind message',
    ({ s }) => {
      for (const reader of readers) expectSafe(composeMessage({ suggestion: retitled(s), world: hostileWorld, reader, now: demo.NOW }));
    },
  );

  it('stay text in a digest', () => {
    const digest = {
      ...demo.digest,
      done: demo.digest.done.map((d) => ({ ...d, title: TITLE })),
      atRisk: demo.digest.atRisk.map((d) => ({ ...d, title: TITLE })),
      away: [{ kind: 'holiday' as const, personId: demo.lucia.id, on: demo.on('2026-12-08'), name: TITLE }],
    };
    for (const reader of readers) expectSafe(composeDigest({ digest, world: hostileWorld, report: demo.demoReport, reader, now: demo.NOW }));
  });

  it('stay text in a meeting brief, and in its talking points', () => {
    const brief = { ...demo.brief, subject: TITLE, attendees: demo.brief.attendees.map((a) => ({ ...a, owed: a.owed.map((o) => ({ ...o, title: TITLE })) })) };
    const composed = composeMeetingBrief({ brief, world: hostileWorld, now: demo.NOW });
    expectSafe(composed);
    // Talking points are data for the tab (React escapes them); their title is the cleaned text, one line.
    expect(composed.attendees[0]?.owed[0]?.title).toBe(`${HOSTILE.join(' ')} Q3 Bcc: eve@evil.example`);
  });

  it('keeps a subject on one line when the title carries CR/LF and Unicode line separators', () => {
    const s = retitled(demo.headsUp);
    const r = s.reason.kind === 'heads-up' ? s.reason : undefined;
    const suggestion = { ...s, reason: { kind: 'heads-up' as const, items: (r?.items ?? []).map((i) => ({ ...i, title: 'Q3\r\nBcc: eve@evil.example\u2028X\u0085Y' })) } };
    const mail = composeMessage({ suggestion, world: demo.demoWorld, reader: demo.readerFor('en-US', 'direct'), now: demo.NOW });
    expect(mail.subject).toBe('“Q3 Bcc: eve@evil.example X Y”: new date Wed, Dec 9');
  });
});
