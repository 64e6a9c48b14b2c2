import type { Phrases } from '../../create-messages.js';
import type { MeetingTextId } from './en-US.js';

/** Spanish. */
export const esES: Phrases<MeetingTextId> = {
  areaName: 'Meeting',
};
