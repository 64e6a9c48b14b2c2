import type { ReportPhrases } from './report-phrases.js';

/** Spanish (Spain): «cierre de la jornada», tuteo as Microsoft's Spanish does; dates and hours from `Intl`. */
export const esES: ReportPhrases = {
  deadlineInZone: '{moment} {city}',
  deadlineWithYours: '{theirs} ({yours} para ti)',
  styleName: '{style, select, start {inicio de la jornada} close {cierre de la jornada} endOfDay {final del día} other {hora fijada, {time}}}',
  readingOf:
    '{who, select, you {{style, select, start {inicio de tu jornada} close {cierre de tu jornada} endOfDay {final de tu día} other {tu hora fijada, {time}}}} other {{style, select, start {inicio de la jornada de {name}} close {cierre de la jornada de {name}} endOfDay {final del día de {name}} other {hora fijada por {name}, {time}}}}}',
  needs: '{work, select, none {No queda trabajo} other {Necesita {own}}}{others, select, none {} other {, más {competing} de otras tareas que vencen para entonces}}',
  summaryOnTrack: '{needs}; {free} libres antes del {deadline}: margen de {gap}.',
  summaryAtRisk: '{needs}; {free} libres antes del {deadline}: cabe, pero con solo {gap} de margen.',
  summaryOffTrack: '{needs}; {free} libres antes del {deadline}: faltan {gap}.',
  summaryOverdue: 'Vencía el {deadline}; {work, select, none {no queda trabajo} other {aún necesita {own}}}.',
  summaryLater: 'Vence el {deadline}, fuera {days, plural, one {del próximo día} other {de los próximos # días}}: aún sin evaluar. {needs}.',
  summaryNoDueDate:
    'Sin fecha de vencimiento. {needs}; quedan {left} en {days, plural, one {el próximo día} other {los próximos # días}} tras el trabajo con fecha.',
  flagWaitingOnOthers: 'A la espera de otros',
  flagAwayBeforeDeadline: 'Estás fuera del {from} al {until}, antes del vencimiento',
  flagNonWorkingDay:
    '{why, select, holiday {El {on} es festivo para {name}{holiday, select, none {} other { ({holidayName})}}} other {El {on} es fin de semana para {name}}}{moved, select, none {} other {: se adelanta al {movedTo}}}',
  flagTimeZoneCliff: 'Ya ha vencido para {name} ({moment} {city})',
  flagDueDateMismatch: '{name} fijó el {setOn} ({city}); tu Planner muestra el {shownOn}',
  yourTime: '{moment} para ti',
  deadlineMoved:
    '{why, select, holiday {El {on} es festivo para {who, select, you {ti} other {{name}}}{holiday, select, none {} other { ({holidayName})}}} other {El {on} es fin de semana para {who, select, you {ti} other {{name}}}}}: vence el {deadline}, {reading}.',
  quoted: '«{text}»',
  causeOwnEffort: 'En apuros por sí sola: necesita {own} y hay {free} libres antes de su vencimiento.',
  causeEarlierWork:
    'Cabría por sí sola ({own} de {free} libres), pero {count, plural, =0 {el trabajo que vence antes ocupa} one {{roots} ocupa} other {{roots} ocupan}} ese tiempo primero.',
  pushes:
    '{kind, select, past {{n, plural, one {Hace que esta tarea no llegue a tiempo} other {Hace que estas # no lleguen a tiempo}}} risk {{n, plural, one {Pone en riesgo esta tarea} other {Pone en riesgo estas #}}} other {Hace que estas {n} no lleguen a tiempo o vayan muy justas}}',
  effortLine:
    '{approx, select, yes {~{hours}} other {{hours}}}, {source, select, override {tu estimación} estimateInText {según lo escrito en la tarea} checklist {según los pasos pendientes} plannerPercent {según el progreso en Planner} other {valor predeterminado según su importancia}}',
  effortOverride: 'tu estimación',
  effortInText: '«{text}» {where, select, title {en el título} other {en las notas}}{part, select, none {} other {, con un {done, number, percent} hecho}}',
  effortChecklist: '{left, plural, one {queda #} other {quedan #}} de {total, plural, one {# paso} other {# pasos}} × {perStep}',
  effortImportanceDefault:
    'valor predeterminado para importancia {importance, select, high {alta} low {baja} other {normal}}{part, select, none {} other {, con un {done, number, percent} hecho}}',
  promiseHeadline: 'Puedes prometer: {deadline} ({reading})',
  promiseOther: '{who, select, you {Tú} other {{name}}}: {deadline} ({style})',
  promiseNone:
    'Ninguna fecha cabe antes del {until}: {reason, select, calendar {tu calendario solo se ha leído hasta ahí y tus horas libres hasta entonces están ocupadas} other {tus horas libres hasta entonces están ocupadas}}. Pide ayuda o delega algo.',
};
