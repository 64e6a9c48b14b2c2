import type { Phrases } from '../../create-messages.js';
import type { RisksTextId } from './en-US.js';

/** French. */
export const frFR: Phrases<RisksTextId> = {
  areaName: 'Risks',
};
