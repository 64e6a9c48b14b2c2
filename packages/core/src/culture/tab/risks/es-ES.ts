import type { Phrases } from '../../create-messages.js';
import type { RisksTextId } from './en-US.js';

/** Spanish. */
export const esES: Phrases<RisksTextId> = {
  areaName: 'Risks',
};
