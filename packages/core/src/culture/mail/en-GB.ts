import { enUSMailPhrases } from './en-US.js';
import type { MailPhrases } from './mail-phrases.js';

/**
 * Messages in British English: the American words where they are the same, British ones where they differ
 * (dates and the 24-hour clock come from the formatter).
 */
export const enGBMailPhrases: MailPhrases = {
  ...enUSMailPhrases,
  quotedTitle: '\u2018{title}\u2019',
  signOff: '{tone, select, diplomatic {Kind regards,} other {Best wishes,}}',
  onTrackAsk:
    '{tone, select, diplomatic {There is nothing you need to do for now; if anything changes, you will hear from me straight away.} other {Nothing needed from you; I\u2019ll let you know straight away if that changes.}}',
  helpAsk:
    '{tone, select, diplomatic {If you can, reply and I will send you what I have so far. If it doesn\u2019t fit, that is absolutely fine.} other {If so, reply and I\u2019ll send you what I have so far. If not, no worries.}}',
  digestSubject: '{tone, select, diplomatic {Weekly update, {from} – {to}} other {Weekly update: {from} – {to}}}',
  digestClosing:
    '{tone, select, diplomatic {If you have questions about any of this, I am happy to talk them through.} other {Questions welcome.}}',
  digestAway:
    '{who, select, me {I\u2019m} other {{name} is}} {kind, select, holiday {off on {from} (public holiday: {holiday})} other {{oneDay, select, yes {out of the office on {from}} other {out of the office from {from}, back on {back}}}}}',
  briefAway: '{name} is out of the office from {from} until {until}.',
};
