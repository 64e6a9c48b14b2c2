import type { Phrases } from '../../create-messages.js';
import type { SettingsTextId } from './en-US.js';

/** French. */
export const frFR: Phrases<SettingsTextId> = {
  areaName: 'Settings',
};
