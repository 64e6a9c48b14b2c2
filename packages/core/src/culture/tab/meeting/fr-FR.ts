import type { Phrases } from '../../create-messages.js';
import type { MeetingTextId } from './en-US.js';

/** French. */
export const frFR: Phrases<MeetingTextId> = {
  areaName: 'Meeting',
};
