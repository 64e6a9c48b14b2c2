import type { Phrases } from '../../create-messages.js';
import type { PeopleTextId } from './en-US.js';

/** French. */
export const frFR: Phrases<PeopleTextId> = {
  areaName: 'People',
};
