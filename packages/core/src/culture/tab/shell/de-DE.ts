import type { Phrases } from '../../create-messages.js';
import type { ShellTextId } from './en-US.js';

/** German. */
export const deDE: Phrases<ShellTextId> = {
  areaName: 'Shell',
};
