import type { Phrases } from '../../create-messages.js';
import type { UpdatesTextId } from './en-US.js';

/** Spanish. */
export const esES: Phrases<UpdatesTextId> = {
  areaName: 'Updates',
};
