import type { Phrases } from '../../create-messages.js';
import type { PeopleTextId } from './en-US.js';

/** Spanish. */
export const esES: Phrases<PeopleTextId> = {
  areaName: 'People',
};
