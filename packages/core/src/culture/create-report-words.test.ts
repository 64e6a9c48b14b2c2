import { describe, expect, it } from 'vitest';
import { assessRisks } from '../risk/assess-risks.js';
import type { PromisedDate, RiskFlag, StakeholderDeadline } from '../risk/types.js';
import { aStakeholder, aTask, aUser, aWorld, anEvent, at, on } from '../testing/builders.js';
import { parseTimeZoneId } from '../time/parse.js';
import { cityOf } from './city-of.js';
import { createFormatter } from './create-formatter.js';
import { createReportWords, type ReportWordsContext, type SummaryFacts } from './create-report-words.js';
import { createMessages } from './create-messages.js';
import { REPORT_PHRASES } from './report/report-phrases-by-locale.js';
import type { ReportPhraseId } from './report/report-phrases.js';
import { SUPPORTED_LOCALES } from './supported-locales.js';

// Tue 1 Dec 2026; the user is in San Francisco (PST, UTC−8), Lena in Berlin (CET, UTC+1), Wei in Tokyo (JST, UTC+9).
const NOW = at('2026-12-01T10:00:00Z');
const ZONES: Readonly<Record<string, string>> = { 'lena@x': 'Europe/Berlin', 'wei@x': 'Asia/Tokyo' };
const NAMES: Readonly<Record<string, string>> = { 'lena@x': 'Lena', 'wei@x': 'Wei' };
const TITLES: Readonly<Record<string, string>> = { deck: 'Board deck', budget: 'Budget' };
const contextFor = (locale: string): ReportWordsContext => ({
  format: createFormatter(locale, NOW),
  userZone: parseTimeZoneId('America/Los_Angeles'),
  cityOf: (id, zone) => (id === undefined ? 'San Francisco' : cityOf(zone)),
  horizonDays: 14,
  nameOf: (id) => NAMES[id] ?? id,
  zoneOf: (id) => parseTimeZoneId(ZONES[id] ?? 'America/Los_Angeles'),
});
const wordsIn = (locale: string) => createReportWords(locale, contextFor(locale));
const reading = (d: Omit<StakeholderDeadline, 'at' | 'dueOn' | 'effectiveOn'> & { at: string; on: string }): StakeholderDeadline => ({
  ...d,
  at: at(d.at),
  dueOn: on(d.on),
  effectiveOn: on(d.on),
});
// Lena's close of business on Thu 10 Dec: 17:00 CET = 16:00Z = 08:00 PST.
const lena = reading({ stakeholderId: 'lena@x', at: '2026-12-10T16:00:00Z', on: '2026-12-10', timeZone: parseTimeZoneId('Europe/Berlin'), style: { kind: 'close-of-business-day' } });
// Wei's end of day on Fri 11 Dec: 23:59 JST = 14:59Z.
const wei = reading({ stakeholderId: 'wei@x', at: '2026-12-11T14:59:00Z', on: '2026-12-11', timeZone: parseTimeZoneId('Asia/Tokyo'), style: { kind: 'end-of-day' } });
// The user's own reading at the same instant (08:00 PST), to be listed among the others.
const mine = reading({ at: '2026-12-10T16:00:00Z', on: '2026-12-10', timeZone: parseTimeZoneId('America/Los_Angeles'), style: { kind: 'close-of-business-day' } });
const figures = (own: number, competing: number, free: number): SummaryFacts['figures'] => ({
  ownMinutes: own,
  competingMinutes: competing,
  neededMinutes: own + competing,
  marginMinutes: 0,
  freeMinutes: free,
  spareMinutes: free - own - competing,
});
const flags: Readonly<Record<string, RiskFlag>> = {
  // 16:00Z = 08:00 PST on Thu 3 Dec; 01:00Z on Tue 8 Dec = 17:00 PST on Mon 7 Dec.
  away: { kind: 'away-before-deadline', awayFrom: at('2026-12-03T16:00:00Z'), awayUntil: at('2026-12-08T01:00:00Z') },
  holiday: { kind: 'non-working-day', stakeholderId: 'lena@x', on: on('2026-12-25'), why: 'holiday', holidayName: 'Erster Weihnachtstag', movedTo: on('2026-12-24') },
  weekend: { kind: 'non-working-day', stakeholderId: 'lena@x', on: on('2026-12-12'), why: 'weekend', movedTo: on('2026-12-11') },
  // 09:00Z = 10:00 in Berlin.
  cliff: { kind: 'time-zone-cliff', stakeholderId: 'lena@x', passedAt: at('2026-12-01T09:00:00Z') },
  mismatch: { kind: 'due-date-mismatch', stakeholderId: 'wei@x', setOn: on('2026-12-10'), shownOn: on('2026-12-09') },
};
const promised: PromisedDate = { kind: 'date', on: on('2026-12-10'), deadline: lena, deadlines: [lena, wei, mine] };

/** Every key sentence of a report, as the reader's language writes it. */
function sentences(locale: string): Record<string, string> {
  const w = wordsIn(locale);
  const promise = w.promise(promised);
  return {
    // 300 + 480 = 780 min needed = 13 h as shown; 672 free = 11.2 h; short by 13 − 11.2 = 1.8 h.
    'off-track': w.summary({ state: 'off-track', figures: figures(300, 480, 672), deadline: lena }),
    // 120 min = 2 h needed, 600 = 10 h free: 8 h to spare.
    'on-track': w.summary({ state: 'on-track', figures: figures(120, 0, 600), deadline: lena }),
    // 45 needed, 50 free: 5 min to spare.
    'at-risk': w.summary({ state: 'at-risk', figures: figures(45, 0, 50), deadline: lena }),
    overdue: w.summary({ state: 'overdue', figures: figures(0, 0, 0), deadline: lena }),
    // Later items say only their own 240 min = 4 h.
    later: w.summary({ state: 'later', figures: figures(240, 60, 900), deadline: lena }),
    // 600 free − 120 for work with deadlines = 480 min = 8 h left.
    'no-due-date': w.summary({ state: 'no-due-date', figures: figures(0, 120, 600) }),
    waiting: w.flag({ kind: 'waiting-on-others' }),
    ...Object.fromEntries(Object.entries(flags).map(([name, flag]) => [name, w.flag(flag)])),
    'in-notes': w.effortBasis({ kind: 'estimate-in-text', text: '[90m]', where: 'notes', percentDone: 40 }),
    checklist: w.effortBasis({ kind: 'checklist', stepsLeft: 4, stepsTotal: 6, perStepMinutes: 30 }),
    importance: w.effortBasis({ kind: 'importance-default', importance: 'high' }),
    style: w.styleName(wei),
    promise: promise.headline,
    'promise-others': promise.others.join(' | '),
    'no-promise': w.promise({ kind: 'none', reason: 'calendar-not-read', searchedUntil: on('2026-12-29') }).headline,
    // Due Sat 5 Dec, Lena's weekend: her start of business on Fri 4 Dec, 09:00 in Berlin = 08:00Z.
    moved: w.moved({ ...lena, at: at('2026-12-04T08:00:00Z'), dueOn: on('2026-12-05'), style: { kind: 'start-of-business-day' }, moved: { why: 'weekend' } }) ?? '',
    // 16:00Z is 08:00 in San Francisco (PST).
    'your-time': w.yourTime(lena) ?? '',
    'your-reading': w.reading({ ...mine, style: { kind: 'end-of-day' } }),
    // 1 h own of 6 h free, but two earlier items, listed in the language's own words.
    cause: w.cause({ kind: 'earlier-work', rootIds: ['deck', 'budget'] }, { ownMinutes: 60, freeMinutes: 360 }, (id) => TITLES[id]),
    pushes: w.pushes(['off-track', 'at-risk']),
    // 150 min = 25 tenths of an hour → 2.5, approximate: it was read from the task.
    effort: w.effort({ minutes: 150, source: 'estimate-in-text' }),
  };
}

// Reviewed as prose by a reader of each language. Intl's (narrow) no-break spaces compare as spaces.
const EXPECTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'en-US': {
    'off-track': 'Needs 5 hr, plus 8 hr for other items due by then; 11.2 hr free before Thu, Dec 10, 5:00 PM Berlin (8:00 AM your time): short by 1.8 hr.',
    'on-track': 'Needs 2 hr; 10 hr free before Thu, Dec 10, 5:00 PM Berlin (8:00 AM your time): 8 hr to spare.',
    'at-risk': 'Needs 45 min; 50 min free before Thu, Dec 10, 5:00 PM Berlin (8:00 AM your time): it fits with only 5 min to spare.',
    'overdue': 'Was due Thu, Dec 10, 5:00 PM Berlin (8:00 AM your time); no more work left.',
    'later': 'Due Thu, Dec 10, 5:00 PM Berlin (8:00 AM your time), after the next 14 days: not judged yet. Needs 4 hr.',
    'no-due-date': 'No due date. Needs no more work; 8 hr left in the next 14 days after work with deadlines.',
    'waiting': 'Waiting on others',
    'away': 'You’re out of the office from Thu, Dec 3, 8:00 AM to Mon, Dec 7, 5:00 PM, before it’s due',
    'holiday': 'Fri, Dec 25 is a holiday for Lena (Erster Weihnachtstag): due Thu, Dec 24 instead',
    'weekend': 'Sat, Dec 12 is a weekend day for Lena: due Fri, Dec 11 instead',
    'cliff': 'Already past the deadline for Lena (Tue, Dec 1, 10:00 AM Berlin)',
    'mismatch': 'Wei set Thu, Dec 10 in Tokyo; your Planner shows Wed, Dec 9',
    'in-notes': '40% done of “[90m]” in the notes',
    'checklist': '4 of 6 steps left × 30 min',
    'importance': 'default for high importance',
    'style': 'end of day',
    'promise': 'You can promise: Thu, Dec 10, 5:00 PM Berlin (Lena’s close of business)',
    'promise-others': 'Wei: Fri, Dec 11, 11:59 PM Tokyo (end of day) | You: Thu, Dec 10, 8:00 AM San Francisco (close of business)',
    'no-promise': 'No date fits before Tue, Dec 29: your calendar is read only that far, and the free hours up to then are taken. Ask for help or hand something off.',
    'moved': 'Sat, Dec 5 is Lena’s weekend: due Fri, Dec 4, 9:00 AM Berlin, Lena’s start of business.',
    'your-time': 'Thu, Dec 10, 8:00 AM your time',
    'your-reading': 'your end of day',
    'cause': 'It would fit on its own (1 hr of 6 hr free), but “Board deck” and “Budget” take the time first.',
    'pushes': 'Pushes these 2 past or close to their deadlines',
    'effort': '~2.5 hr, as written in the task',
  },
  'en-GB': {
    'off-track': 'Needs 5 hrs, plus 8 hrs for other items due by then; 11.2 hrs free before Thu 10 Dec, 17:00 Berlin (08:00 your time): short by 1.8 hrs.',
    'on-track': 'Needs 2 hrs; 10 hrs free before Thu 10 Dec, 17:00 Berlin (08:00 your time): 8 hrs to spare.',
    'at-risk': 'Needs 45 mins; 50 mins free before Thu 10 Dec, 17:00 Berlin (08:00 your time): it fits with only 5 mins to spare.',
    'overdue': 'Was due Thu 10 Dec, 17:00 Berlin (08:00 your time); no more work left.',
    'later': 'Due Thu 10 Dec, 17:00 Berlin (08:00 your time), after the next 14 days: not judged yet. Needs 4 hrs.',
    'no-due-date': 'No due date. Needs no more work; 8 hrs left in the next 14 days after work with deadlines.',
    'waiting': 'Waiting on others',
    'away': 'You’re away from Thu 3 Dec, 08:00 to Mon 7 Dec, 17:00, before it’s due',
    'holiday': 'Fri 25 Dec is a public holiday for Lena (Erster Weihnachtstag): due Thu 24 Dec instead',
    'weekend': 'Sat 12 Dec is a weekend day for Lena: due Fri 11 Dec instead',
    'cliff': 'Already past the deadline for Lena (Tue 1 Dec, 10:00 Berlin)',
    'mismatch': 'Wei set Thu 10 Dec in Tokyo; your Planner shows Wed 9 Dec',
    'in-notes': '40% done of “[90m]” in the notes',
    'checklist': '4 of 6 steps left × 30 mins',
    'importance': 'default for high importance',
    'style': 'end of the day',
    'promise': 'You can promise: Thu 10 Dec, 17:00 Berlin (Lena’s close of business)',
    'promise-others': 'Wei: Fri 11 Dec, 23:59 Tokyo (end of the day) | You: Thu 10 Dec, 08:00 San Francisco (close of business)',
    'no-promise': 'No date fits before Tue 29 Dec: your calendar is read only that far, and the free hours up to then are taken. Ask for help, or hand something back.',
    'moved': 'Sat 5 Dec is Lena’s weekend: due Fri 4 Dec, 09:00 Berlin, Lena’s start of business.',
    'your-time': 'Thu 10 Dec, 08:00 your time',
    'your-reading': 'the end of your day',
    'cause': 'It would fit on its own (1 hr of 6 hrs free), but “Board deck” and “Budget” take the time first.',
    'pushes': 'Pushes these 2 past or close to their deadlines',
    'effort': '~2.5 hrs, as written in the task',
  },
  'fr-FR': {
    'off-track': 'Il faut 5 h, plus 8 h pour les autres tâches dues d’ici là ; 11,2 h libres avant le jeu. 10 déc., 17:00 Berlin (08:00 pour vous) : il manque 1,8 h.',
    'on-track': 'Il faut 2 h ; 10 h libres avant le jeu. 10 déc., 17:00 Berlin (08:00 pour vous) : 8 h de marge.',
    'at-risk': 'Il faut 45 min ; 50 min libres avant le jeu. 10 déc., 17:00 Berlin (08:00 pour vous) : ça tient, avec seulement 5 min de marge.',
    'overdue': 'Était à rendre le jeu. 10 déc., 17:00 Berlin (08:00 pour vous) ; plus rien à faire.',
    'later': 'À rendre le jeu. 10 déc., 17:00 Berlin (08:00 pour vous), au-delà des 14 prochains jours : pas encore évalué. Il faut 4 h.',
    'no-due-date': 'Pas d’échéance. Plus rien à faire ; il reste 8 h sur les 14 prochains jours après le travail qui a une échéance.',
    'waiting': 'En attente d’autres personnes',
    'away': 'Absence du jeu. 3 déc., 08:00 au lun. 7 déc., 17:00, avant l’échéance',
    'holiday': 'Le ven. 25 déc. est un jour férié pour Lena (Erster Weihnachtstag) : échéance avancée au jeu. 24 déc.',
    'weekend': 'Le sam. 12 déc. est un jour de week-end pour Lena : échéance avancée au ven. 11 déc.',
    'cliff': 'Échéance déjà passée pour Lena (mar. 1 déc., 10:00 Berlin)',
    'mismatch': 'Wei a fixé le jeu. 10 déc. (Tokyo) ; votre Planner affiche le mer. 9 déc.',
    'in-notes': '« [90m] » dans les notes, dont 40 % fait',
    'checklist': '4 étapes restantes sur 6 × 30 min',
    'importance': 'valeur par défaut pour une importance élevée',
    'style': 'fin de journée',
    'promise': 'Vous pouvez promettre : jeu. 10 déc., 17:00 Berlin (fin de journée de travail pour Lena)',
    'promise-others': 'Wei : ven. 11 déc., 23:59 Tokyo (fin de journée) | Vous : jeu. 10 déc., 08:00 San Francisco (fin de journée de travail)',
    'no-promise': 'Aucune date ne tient avant le mar. 29 déc. : votre calendrier n’est lu que jusque-là, et vos heures libres d’ici là sont prises. Demandez de l’aide, ou confiez une tâche à quelqu’un d’autre.',
    'moved': 'Le sam. 5 déc. est un jour de week-end pour Lena : échéance le ven. 4 déc., 09:00 Berlin, début de journée de travail pour Lena.',
    'your-time': 'jeu. 10 déc., 08:00 pour vous',
    'your-reading': 'votre fin de journée',
    'cause': 'Elle tiendrait seule (1 h sur 6 h libres), mais « Board deck » et « Budget » passent avant.',
    'pushes': 'Met ces 2 en retard, ou presque',
    'effort': '~2,5 h, comme écrit dans la tâche',
  },
  'de-DE': {
    'off-track': 'Noch 5 Std. Arbeit, dazu 8 Std. für andere bis dahin fällige Aufgaben; 11,2 Std. frei bis Do., 10. Dez., 17:00 Berlin (bei Ihnen 08:00): 1,8 Std. zu wenig.',
    'on-track': 'Noch 2 Std. Arbeit; 10 Std. frei bis Do., 10. Dez., 17:00 Berlin (bei Ihnen 08:00): 8 Std. Puffer.',
    'at-risk': 'Noch 45 Min. Arbeit; 50 Min. frei bis Do., 10. Dez., 17:00 Berlin (bei Ihnen 08:00): passt, aber nur mit 5 Min. Puffer.',
    'overdue': 'War fällig am Do., 10. Dez., 17:00 Berlin (bei Ihnen 08:00); keine Arbeit mehr offen.',
    'later': 'Fällig am Do., 10. Dez., 17:00 Berlin (bei Ihnen 08:00), nach den nächsten 14 Tagen: noch nicht bewertet. Noch 4 Std. Arbeit.',
    'no-due-date': 'Kein Fälligkeitsdatum. Keine Arbeit mehr offen; nach der Arbeit mit Fristen bleiben 8 Std. in den nächsten 14 Tagen.',
    'waiting': 'Wartet auf andere',
    'away': 'Sie sind vor der Fälligkeit abwesend: Do., 3. Dez., 08:00 bis Mo., 7. Dez., 17:00',
    'holiday': 'Fr., 25. Dez. ist für Lena ein Feiertag (Erster Weihnachtstag): stattdessen fällig am Do., 24. Dez.',
    'weekend': 'Sa., 12. Dez. ist für Lena Wochenende: stattdessen fällig am Fr., 11. Dez.',
    'cliff': 'Für Lena ist die Frist schon vorbei (Di., 1. Dez., 10:00 Berlin)',
    'mismatch': 'Wei meinte Do., 10. Dez. (Tokyo); in Ihrem Planner steht Mi., 9. Dez.',
    'in-notes': '„[90m]“ in den Notizen, davon 40 % erledigt',
    'checklist': 'noch 4 von 6 Schritten × 30 Min.',
    'importance': 'Standardwert für hohe Wichtigkeit',
    'style': 'Tagesende',
    'promise': 'Sie können zusagen: Do., 10. Dez., 17:00 Berlin (Geschäftsschluss bei Lena)',
    'promise-others': 'Wei: Fr., 11. Dez., 23:59 Tokyo (Tagesende) | Sie: Do., 10. Dez., 08:00 San Francisco (Geschäftsschluss)',
    'no-promise': 'Vor Di., 29. Dez. passt kein Termin: Ihr Kalender ist nur bis dahin gelesen, und Ihre freien Stunden bis dahin sind belegt. Bitten Sie um Hilfe oder geben Sie etwas ab.',
    'moved': 'Sa., 5. Dez. ist für Lena Wochenende: fällig am Fr., 4. Dez., 09:00 Berlin, Arbeitsbeginn bei Lena.',
    'your-time': 'bei Ihnen Do., 10. Dez., 08:00',
    'your-reading': 'Ihr Tagesende',
    'cause': 'Allein würde es passen (1 Std. von 6 Std. frei), aber „Board deck“ und „Budget“ brauchen die Zeit zuerst.',
    'pushes': 'Schiebt diese 2 über oder knapp an ihre Fristen',
    'effort': '~2,5 Std., wie in der Aufgabe angegeben',
  },
  'es-ES': {
    'off-track': 'Necesita 5 h, más 8 h de otras tareas que vencen para entonces; 11,2 h libres antes del jue, 10 dic, 17:00 Berlin (08:00 para ti): faltan 1,8 h.',
    'on-track': 'Necesita 2 h; 10 h libres antes del jue, 10 dic, 17:00 Berlin (08:00 para ti): margen de 8 h.',
    'at-risk': 'Necesita 45 min; 50 min libres antes del jue, 10 dic, 17:00 Berlin (08:00 para ti): cabe, pero con solo 5 min de margen.',
    'overdue': 'Vencía el jue, 10 dic, 17:00 Berlin (08:00 para ti); no queda trabajo.',
    'later': 'Vence el jue, 10 dic, 17:00 Berlin (08:00 para ti), fuera de los próximos 14 días: aún sin evaluar. Necesita 4 h.',
    'no-due-date': 'Sin fecha de vencimiento. No queda trabajo; quedan 8 h en los próximos 14 días tras el trabajo con fecha.',
    'waiting': 'A la espera de otros',
    'away': 'Estás fuera del jue, 3 dic, 08:00 al lun, 7 dic, 17:00, antes del vencimiento',
    'holiday': 'El vie, 25 dic es festivo para Lena (Erster Weihnachtstag): se adelanta al jue, 24 dic',
    'weekend': 'El sáb, 12 dic es fin de semana para Lena: se adelanta al vie, 11 dic',
    'cliff': 'Ya ha vencido para Lena (mar, 1 dic, 10:00 Berlin)',
    'mismatch': 'Wei fijó el jue, 10 dic (Tokyo); tu Planner muestra el mié, 9 dic',
    'in-notes': '«[90m]» en las notas, con un 40 % hecho',
    'checklist': 'quedan 4 de 6 pasos × 30 min',
    'importance': 'valor predeterminado para importancia alta',
    'style': 'final del día',
    'promise': 'Puedes prometer: jue, 10 dic, 17:00 Berlin (cierre de la jornada de Lena)',
    'promise-others': 'Wei: vie, 11 dic, 23:59 Tokyo (final del día) | Tú: jue, 10 dic, 08:00 San Francisco (cierre de la jornada)',
    'no-promise': 'Ninguna fecha cabe antes del mar, 29 dic: tu calendario solo se ha leído hasta ahí y tus horas libres hasta entonces están ocupadas. Pide ayuda o delega algo.',
    'moved': 'El sáb, 5 dic es fin de semana para Lena: vence el vie, 4 dic, 09:00 Berlin, inicio de la jornada de Lena.',
    'your-time': 'jue, 10 dic, 08:00 para ti',
    'your-reading': 'final de tu día',
    'cause': 'Cabría por sí sola (1 h de 6 h libres), pero «Board deck» y «Budget» ocupan ese tiempo primero.',
    'pushes': 'Hace que estas 2 no lleguen a tiempo o vayan muy justas',
    'effort': '~2,5 h, según lo escrito en la tarea',
  },
};

const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('createReportWords', () => {
  describe.each(Object.keys(EXPECTED))('%s', (locale) => {
    const written = sentences(locale);
    it.each(Object.entries(EXPECTED[locale]!))('%s', (name, want) => {
      expect(plain(written[name] ?? '')).toBe(want);
    });
  });

  it.each(SUPPORTED_LOCALES)('writes every message of %s from its values (valid ICU, every select and plural)', (locale) => {
    const texts = { ...Object.fromEntries(['moment', 'city', 'theirs', 'yours', 'time', 'name', 'own', 'competing', 'needs', 'free', 'deadline', 'gap', 'from', 'until', 'on', 'holidayName', 'movedTo', 'setOn', 'shownOn', 'text', 'perStep', 'reading', 'roots', 'hours'].map((k) => [k, `<${k}>`])) };
    const numbers = { days: 14, left: 2, total: 6, count: 2, n: 2, done: 0.4 };
    // Each select in turn at each of its keys: the words of every branch are reached at least once.
    const selects: Readonly<Record<string, readonly string[]>> = {
      who: ['you', 'other'], style: ['start', 'close', 'endOfDay', 'exact'], work: ['none', 'some'], others: ['none', 'some'], why: ['weekend', 'holiday'],
      holiday: ['none', 'some'], moved: ['none', 'some'], where: ['title', 'notes'], part: ['none', 'some'], importance: ['low', 'normal', 'high'],
      reason: ['calendar', 'capacity'], kind: ['past', 'risk', 'mixed'], approx: ['yes', 'no'], source: ['override', 'estimateInText', 'checklist', 'plannerPercent', 'importanceDefault'],
    };
    const messages = createMessages(locale, REPORT_PHRASES[locale]);
    for (const id of Object.keys(REPORT_PHRASES[locale]) as ReportPhraseId[]) {
      for (const [select, keys] of Object.entries(selects)) {
        for (const key of keys) {
          const values = { ...texts, ...numbers, ...Object.fromEntries(Object.entries(selects).map(([k, v]) => [k, v[0]!])), [select]: key };
          const text = messages.say(id, values);
          expect(text.length, `${locale} ${id} ${select}=${key}`).toBeGreaterThan(0);
          // No ICU syntax leaks into the text: every brace was an argument.
          expect(text, `${locale} ${id}`).not.toMatch(/[{}#]/);
        }
      }
    }
  });

  it('has a catalogue for every supported locale, each with every message', () => {
    const ids = Object.keys(REPORT_PHRASES['en-GB']).sort();
    expect(SUPPORTED_LOCALES.map((l) => Object.keys(REPORT_PHRASES[l]).sort())).toEqual(SUPPORTED_LOCALES.map(() => ids));
  });

  it('writes the summary from the same figures the badge is decided on', () => {
    // Berlin 09–17; A (8 h) due Tue 7 Oct 2025, B (5 h) due Wed 8 Oct, Wednesday fully booked.
    // B: own 300 min = 5 h; A's 480 = 8 h compete; 672 free = 11.2 h; short by 780 − 672 = 108 min = 1.8 h.
    const monday = at('2025-10-06T07:00:00Z');
    const world = aWorld({
      user: aUser({ zone: 'Europe/Berlin' }),
      items: [aTask({ id: 'a', dueOn: '2025-10-07' }), aTask({ id: 'b', dueOn: '2025-10-08' })],
      calendar: [anEvent({ start: '2025-10-08T07:00:00Z', end: '2025-10-08T15:00:00Z' })],
    });
    const b = assessRisks(world, monday, { effortOverrides: { a: 8, b: 5 } }).items.find((r) => r.itemId === 'b')!;
    const words = createReportWords('en-GB', {
      format: createFormatter('en-GB', monday),
      userZone: parseTimeZoneId('Europe/Berlin'),
      cityOf: (_id, zone) => cityOf(zone),
      horizonDays: 14,
      nameOf: (id) => id,
      zoneOf: () => parseTimeZoneId('Europe/Berlin'),
    });
    expect(words.summary(b)).toBe('Needs 5 hrs, plus 8 hrs for other items due by then; 11.2 hrs free before Wed 8 Oct, 17:00 Berlin: short by 1.8 hrs.');
  });

  it('names the holiday and the day the deadline moved to, from the engine’s own flag', () => {
    // Fri 25 Dec 2026 is Christmas Day in Germany (date-holidays names it in English); Lena's deadline moves to Thu 24 Dec.
    const lenaInBerlin = aStakeholder({ id: 'lena@x', zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } });
    const world = aWorld({ user: aUser({ zone: 'Europe/Berlin' }), stakeholders: [lenaInBerlin], items: [aTask({ dueOn: '2026-12-25', stakeholderIds: ['lena@x'] })] });
    const [risk] = assessRisks(world, NOW).items;
    const flag = risk!.flags.find((f) => f.kind === 'non-working-day');
    expect(flag).toMatchObject({ why: 'holiday', on: '2026-12-25', movedTo: '2026-12-24' });
    expect(plain(wordsIn('fr-FR').flag(flag!))).toBe('Le ven. 25 déc. est un jour férié pour Lena (Christmas Day) : échéance avancée au jeu. 24 déc.');
  });

  it('adds no time of the user’s when their zone shows the same clock as the reader’s', () => {
    // Paris and Berlin are both on CET (UTC+1) in December; the user's own zone trivially agrees.
    const inParis = createReportWords('en-GB', { ...contextFor('en-GB'), userZone: parseTimeZoneId('Europe/Paris') });
    expect([inParis.yourTime(lena), inParis.deadline(lena).both, wordsIn('en-GB').yourTime(mine)]).toEqual([undefined, 'Thu 10 Dec, 17:00 Berlin', undefined]);
  });

  it('reads an unknown or ill-formed locale from the English catalogue', () => {
    expect([wordsIn('ja-JP').flag({ kind: 'waiting-on-others' }), wordsIn('not a tag!').flag({ kind: 'waiting-on-others' })]).toEqual(['Waiting on others', 'Waiting on others']);
  });
});
