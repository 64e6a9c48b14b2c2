import type { Phrases } from '../../create-messages.js';
import type { UpdatesTextId } from './en-US.js';

/** French. */
export const frFR: Phrases<UpdatesTextId> = {
  areaName: 'Updates',
};
