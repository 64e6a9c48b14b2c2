import type { Phrases } from '../../create-messages.js';
import type { OutlookTextId } from './en-US.js';

/** Spanish. */
export const esES: Phrases<OutlookTextId> = {
  areaName: 'Outlook',
};
