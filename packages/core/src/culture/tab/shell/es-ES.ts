import type { Phrases } from '../../create-messages.js';
import type { ShellTextId } from './en-US.js';

/** Spanish. */
export const esES: Phrases<ShellTextId> = {
  areaName: 'Shell',
};
