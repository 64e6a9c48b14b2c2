import type { Phrases } from '../../create-messages.js';
import type { OutlookTextId } from './en-US.js';

/** German. */
export const deDE: Phrases<OutlookTextId> = {
  areaName: 'Outlook',
};
