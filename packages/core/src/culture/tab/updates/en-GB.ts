import type { Phrases } from '../../create-messages.js';
import { enUS, type UpdatesTextId } from './en-US.js';

/** British English: the American words (dates, times and numbers follow the British locale through the formatter). */
export const enGB: Phrases<UpdatesTextId> = {
  ...enUS,
};
