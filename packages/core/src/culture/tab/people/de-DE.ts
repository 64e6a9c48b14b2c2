import type { Phrases } from '../../create-messages.js';
import type { PeopleTextId } from './en-US.js';

/** German. */
export const deDE: Phrases<PeopleTextId> = {
  areaName: 'People',
};
