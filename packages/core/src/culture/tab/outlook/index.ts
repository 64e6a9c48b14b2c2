import type { TabCatalogue } from '../create-tab-text.js';
import { deDE } from './de-DE.js';
import { enGB } from './en-GB.js';
import { enUS, type OutlookTextId } from './en-US.js';
import { esES } from './es-ES.js';
import { frFR } from './fr-FR.js';

export type { OutlookTextId };

/** The outlook area's words in every supported locale. */
export const OUTLOOK_TEXT: TabCatalogue<OutlookTextId> = { 'en-US': enUS, 'en-GB': enGB, 'fr-FR': frFR, 'de-DE': deDE, 'es-ES': esES };
