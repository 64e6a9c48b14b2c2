import type { Phrases } from '../../create-messages.js';
import type { UpdatesTextId } from './en-US.js';

/** German. */
export const deDE: Phrases<UpdatesTextId> = {
  areaName: 'Updates',
};
