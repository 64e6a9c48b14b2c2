import type { Phrases } from '../../create-messages.js';
import { enUS, type RisksTextId } from './en-US.js';

/** British English: the American words, with the few that differ. */
export const enGB: Phrases<RisksTextId> = {
  ...enUS,
};
