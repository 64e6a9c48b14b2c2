import type { Phrases } from '../../create-messages.js';
import type { OutlookTextId } from './en-US.js';

/** French. */
export const frFR: Phrases<OutlookTextId> = {
  areaName: 'Outlook',
};
