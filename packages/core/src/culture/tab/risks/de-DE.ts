import type { Phrases } from '../../create-messages.js';
import type { RisksTextId } from './en-US.js';

/** German. */
export const deDE: Phrases<RisksTextId> = {
  areaName: 'Risks',
};
