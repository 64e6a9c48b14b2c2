import type { Phrases } from '../../create-messages.js';
import { enUS, type OutlookTextId } from './en-US.js';

/** British English: the American words, with the few that differ. */
export const enGB: Phrases<OutlookTextId> = {
  ...enUS,
  owedNone: 'You owe {name} nothing due in the next fortnight.',
};
