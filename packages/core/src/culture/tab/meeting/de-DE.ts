import type { Phrases } from '../../create-messages.js';
import type { MeetingTextId } from './en-US.js';

/** German. */
export const deDE: Phrases<MeetingTextId> = {
  areaName: 'Meeting',
};
