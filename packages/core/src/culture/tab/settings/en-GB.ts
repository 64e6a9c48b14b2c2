import type { Phrases } from '../../create-messages.js';
import { enUS, type SettingsTextId } from './en-US.js';

/** British English: the American words, with the few that differ. */
export const enGB: Phrases<SettingsTextId> = {
  ...enUS,
  digestAtNextVisit: 'Your organisation has not allowed Upfront to draft while you are away, so the digest is prepared the next time you open Upfront after its time.',
};
