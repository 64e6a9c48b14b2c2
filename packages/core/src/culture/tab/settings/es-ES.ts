import type { Phrases } from '../../create-messages.js';
import type { SettingsTextId } from './en-US.js';

/** Spanish. */
export const esES: Phrases<SettingsTextId> = {
  areaName: 'Settings',
};
