import type { ReportPhrases } from './report-phrases.js';

// French typography: a no-break space before “:” and “;”, and inside « ».
/** French: « fin de journée de travail », « pour vous », vouvoiement; dates and hours from `Intl`. */
export const frFR: ReportPhrases = {
  deadlineInZone: '{moment} {city}',
  deadlineWithYours: '{theirs} ({yours} pour vous)',
  styleName: '{style, select, start {début de journée de travail} close {fin de journée de travail} endOfDay {fin de journée} other {heure fixée, {time}}}',
  readingOf:
    '{who, select, you {{style, select, start {votre début de journée de travail} close {votre fin de journée de travail} endOfDay {votre fin de journée} other {votre heure fixée, {time}}}} other {{style, select, start {début de journée de travail pour {name}} close {fin de journée de travail pour {name}} endOfDay {fin de journée pour {name}} other {heure fixée pour {name}, {time}}}}}',
  needs: '{work, select, none {Plus rien à faire} other {Il faut {own}}}{others, select, none {} other {, plus {competing} pour les autres tâches dues d’ici là}}',
  summaryOnTrack: '{needs}\u00a0; {free} libres avant le {deadline}\u00a0: {gap} de marge.',
  summaryAtRisk: '{needs}\u00a0; {free} libres avant le {deadline}\u00a0: ça tient, avec seulement {gap} de marge.',
  summaryOffTrack: '{needs}\u00a0; {free} libres avant le {deadline}\u00a0: il manque {gap}.',
  summaryOverdue: 'Était à rendre le {deadline}\u00a0; {work, select, none {plus rien à faire} other {il reste {own} de travail}}.',
  summaryLater: 'À rendre le {deadline}, au-delà {days, plural, one {du prochain jour} other {des # prochains jours}}\u00a0: pas encore évalué. {needs}.',
  summaryNoDueDate:
    'Pas d’échéance. {needs}\u00a0; il reste {left} sur {days, plural, one {le prochain jour} other {les # prochains jours}} après le travail qui a une échéance.',
  flagWaitingOnOthers: 'En attente d’autres personnes',
  flagAwayBeforeDeadline: 'Absence du {from} au {until}, avant l’échéance',
  flagNonWorkingDay:
    '{why, select, holiday {Le {on} est un jour férié pour {name}{holiday, select, none {} other { ({holidayName})}}} other {Le {on} est un jour de week-end pour {name}}}{moved, select, none {} other {\u00a0: échéance avancée au {movedTo}}}',
  flagTimeZoneCliff: 'Échéance déjà passée pour {name} ({moment} {city})',
  flagDueDateMismatch: '{name} a fixé le {setOn} ({city})\u00a0; votre Planner affiche le {shownOn}',
  yourTime: '{moment} pour vous',
  deadlineMoved:
    '{why, select, holiday {Le {on} est un jour férié pour {who, select, you {vous} other {{name}}}{holiday, select, none {} other { ({holidayName})}}} other {Le {on} est un jour de week-end pour {who, select, you {vous} other {{name}}}}}\u00a0: échéance le {deadline}, {reading}.',
  quoted: '«\u00a0{text}\u00a0»',
  causeOwnEffort: 'En difficulté à elle seule\u00a0: elle demande {own}, avec {free} de libre avant son échéance.',
  causeEarlierWork:
    'Elle tiendrait seule ({own} sur {free} libres), mais {count, plural, =0 {du travail dû plus tôt passe} one {{roots} passe} other {{roots} passent}} avant.',
  pushes:
    '{kind, select, past {{n, plural, one {Fait manquer son échéance à celle-ci} other {Fait manquer leur échéance à ces #}}} risk {{n, plural, one {Met celle-ci en danger} other {Met ces # en danger}}} other {Met ces {n} en retard, ou presque}}',
  effortLine:
    '{approx, select, yes {~{hours}} other {{hours}}}, {source, select, override {votre estimation} estimateInText {comme écrit dans la tâche} checklist {d’après les étapes restantes} plannerPercent {d’après l’avancement dans Planner} other {valeur par défaut selon son importance}}',
  effortOverride: 'votre estimation',
  effortInText: '«\u00a0{text}\u00a0» {where, select, title {dans le titre} other {dans les notes}}{part, select, none {} other {, dont {done, number, percent} fait}}',
  effortChecklist: '{left, plural, one {# étape restante} other {# étapes restantes}} sur {total} × {perStep}',
  effortImportanceDefault:
    'valeur par défaut pour une importance {importance, select, high {élevée} low {faible} other {normale}}{part, select, none {} other {, dont {done, number, percent} fait}}',
  promiseHeadline: 'Vous pouvez promettre\u00a0: {deadline} ({reading})',
  promiseOther: '{who, select, you {Vous} other {{name}}}\u00a0: {deadline} ({style})',
  promiseNone:
    'Aucune date ne tient avant le {until}\u00a0: {reason, select, calendar {votre calendrier n’est lu que jusque-là, et vos heures libres d’ici là sont prises} other {vos heures libres d’ici là sont prises}}. Demandez de l’aide, ou confiez une tâche à quelqu’un d’autre.',
};
