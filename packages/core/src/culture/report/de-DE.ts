import type { ReportPhrases } from './report-phrases.js';

// `Std.` and `Min.` end in a full stop: no sentence here ends with an hour figure.
/** German: „Geschäftsschluss“, „bei Ihnen“, formal address; dates and hours from `Intl`. */
export const deDE: ReportPhrases = {
  deadlineInZone: '{moment} {city}',
  deadlineWithYours: '{theirs} (bei Ihnen {yours})',
  styleName: '{style, select, start {Arbeitsbeginn} close {Geschäftsschluss} endOfDay {Tagesende} other {feste Uhrzeit, {time}}}',
  readingOf:
    '{who, select, you {{style, select, start {Ihr Arbeitsbeginn} close {Ihr Geschäftsschluss} endOfDay {Ihr Tagesende} other {Ihre feste Uhrzeit, {time}}}} other {{style, select, start {Arbeitsbeginn bei {name}} close {Geschäftsschluss bei {name}} endOfDay {Tagesende bei {name}} other {feste Uhrzeit von {name}, {time}}}}}',
  needs: '{work, select, none {Keine Arbeit mehr offen} other {Noch {own} Arbeit}}{others, select, none {} other {, dazu {competing} für andere bis dahin fällige Aufgaben}}',
  summaryOnTrack: '{needs}; {free} frei bis {deadline}: {gap} Puffer.',
  summaryAtRisk: '{needs}; {free} frei bis {deadline}: passt, aber nur mit {gap} Puffer.',
  summaryOffTrack: '{needs}; {free} frei bis {deadline}: {gap} zu wenig.',
  summaryOverdue: 'War fällig am {deadline}; {work, select, none {keine Arbeit mehr offen} other {noch {own} offen}}.',
  summaryLater: 'Fällig am {deadline}, nach {days, plural, one {dem nächsten Tag} other {den nächsten # Tagen}}: noch nicht bewertet. {needs}.',
  summaryNoDueDate:
    'Kein Fälligkeitsdatum. {needs}; nach der Arbeit mit Fristen bleiben {left} in {days, plural, one {dem nächsten Tag} other {den nächsten # Tagen}}.',
  flagWaitingOnOthers: 'Wartet auf andere',
  flagAwayBeforeDeadline: 'Sie sind vor der Fälligkeit abwesend: {from} bis {until}',
  flagNonWorkingDay:
    '{why, select, holiday {{on} ist für {name} ein Feiertag{holiday, select, none {} other { ({holidayName})}}} other {{on} ist für {name} Wochenende}}{moved, select, none {} other {: stattdessen fällig am {movedTo}}}',
  flagTimeZoneCliff: 'Für {name} ist die Frist schon vorbei ({moment} {city})',
  flagDueDateMismatch: '{name} meinte {setOn} ({city}); in Ihrem Planner steht {shownOn}',
  yourTime: 'bei Ihnen {moment}',
  deadlineMoved:
    '{why, select, holiday {{on} ist für {who, select, you {Sie} other {{name}}} ein Feiertag{holiday, select, none {} other { ({holidayName})}}} other {{on} ist für {who, select, you {Sie} other {{name}}} Wochenende}}: fällig am {deadline}, {reading}.',
  quoted: '„{text}“',
  causeOwnEffort: 'Für sich allein schon knapp: {own} nötig, bis zur Frist {free} frei.',
  causeEarlierWork:
    'Allein würde es passen ({own} von {free} frei), aber {count, plural, =0 {früher fällige Arbeit braucht} one {{roots} braucht} other {{roots} brauchen}} die Zeit zuerst.',
  pushes:
    '{kind, select, past {{n, plural, one {Schiebt diese Aufgabe über ihre Frist} other {Schiebt diese # über ihre Fristen}}} risk {{n, plural, one {Gefährdet diese Aufgabe} other {Gefährdet diese #}}} other {Schiebt diese {n} über oder knapp an ihre Fristen}}',
  effortLine:
    '{approx, select, yes {~{hours}} other {{hours}}}, {source, select, override {Ihre Schätzung} estimateInText {wie in der Aufgabe angegeben} checklist {nach den offenen Checklistenschritten} plannerPercent {nach dem Fortschritt in Planner} other {Standardwert für ihre Wichtigkeit}}',
  effortOverride: 'Ihre Schätzung',
  effortInText: '„{text}“ {where, select, title {im Titel} other {in den Notizen}}{part, select, none {} other {, davon {done, number, percent} erledigt}}',
  effortChecklist: 'noch {left} von {total, plural, one {# Schritt} other {# Schritten}} × {perStep}',
  effortImportanceDefault:
    'Standardwert für {importance, select, high {hohe} low {niedrige} other {normale}} Wichtigkeit{part, select, none {} other {, davon {done, number, percent} erledigt}}',
  promiseHeadline: 'Sie können zusagen: {deadline} ({reading})',
  promiseOther: '{who, select, you {Sie} other {{name}}}: {deadline} ({style})',
  promiseNone:
    'Vor {until} passt kein Termin: {reason, select, calendar {Ihr Kalender ist nur bis dahin gelesen, und Ihre freien Stunden bis dahin sind belegt} other {Ihre freien Stunden bis dahin sind belegt}}. Bitten Sie um Hilfe oder geben Sie etwas ab.',
};
