import type { TabCatalogue } from '../create-tab-text.js';
import { deDE } from './de-DE.js';
import { enGB } from './en-GB.js';
import { enUS, type PeopleTextId } from './en-US.js';
import { esES } from './es-ES.js';
import { frFR } from './fr-FR.js';

export type { PeopleTextId };

/** The people area's words in every supported locale. */
export const PEOPLE_TEXT: TabCatalogue<PeopleTextId> = { 'en-US': enUS, 'en-GB': enGB, 'fr-FR': frFR, 'de-DE': deDE, 'es-ES': esES };
