import type { Phrases } from '../../create-messages.js';
import type { ShellTextId } from './en-US.js';

/** French. */
export const frFR: Phrases<ShellTextId> = {
  areaName: 'Shell',
};
