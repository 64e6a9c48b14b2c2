import type { Phrases } from '../../create-messages.js';
import type { SettingsTextId } from './en-US.js';

/** German. */
export const deDE: Phrases<SettingsTextId> = {
  areaName: 'Settings',
};
