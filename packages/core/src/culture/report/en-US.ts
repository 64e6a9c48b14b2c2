import type { ReportPhrases } from './report-phrases.js';

/** American English: month-day dates and the 12-hour clock from `Intl`; “end of day”, “holiday”, “hand off”. */
export const enUS: ReportPhrases = {
  deadlineInZone: '{moment} {city}',
  deadlineWithYours: '{theirs} ({yours} your time)',
  styleName: '{style, select, start {start of business} close {close of business} endOfDay {end of day} other {set time, {time}}}',
  readingOf:
    '{who, select, you {your} other {{name}’s}} {style, select, start {start of business} close {close of business} endOfDay {end of day} other {set time, {time}}}',
  needs: '{work, select, none {Needs no more work} other {Needs {own}}}{others, select, none {} other {, plus {competing} for other items due by then}}',
  summaryOnTrack: '{needs}; {free} free before {deadline}: {gap} to spare.',
  summaryAtRisk: '{needs}; {free} free before {deadline}: it fits with only {gap} to spare.',
  summaryOffTrack: '{needs}; {free} free before {deadline}: short by {gap}.',
  summaryOverdue: 'Was due {deadline}; {work, select, none {no more work left} other {still needs {own}}}.',
  summaryLater: 'Due {deadline}, after the next {days, plural, one {day} other {# days}}: not judged yet. {needs}.',
  summaryNoDueDate: 'No due date. {needs}; {left} left in the next {days, plural, one {day} other {# days}} after work with deadlines.',
  flagWaitingOnOthers: 'Waiting on others',
  flagAwayBeforeDeadline: 'You’re out of the office from {from} to {until}, before it’s due',
  flagNonWorkingDay:
    '{why, select, holiday {{on} is a holiday for {name}{holiday, select, none {} other { ({holidayName})}}} other {{on} is a weekend day for {name}}}{moved, select, none {} other {: due {movedTo} instead}}',
  flagTimeZoneCliff: 'Already past the deadline for {name} ({moment} {city})',
  flagDueDateMismatch: '{name} set {setOn} in {city}; your Planner shows {shownOn}',
  yourTime: '{moment} your time',
  deadlineMoved:
    '{why, select, holiday {{on} is a holiday for {who, select, you {you} other {{name}}}{holiday, select, none {} other { ({holidayName})}}} other {{on} is {who, select, you {your} other {{name}’s}} weekend}}: due {deadline}, {reading}.',
  quoted: '“{text}”',
  causeOwnEffort: 'In trouble on its own: it needs {own}, and {free} is free before its deadline.',
  causeEarlierWork:
    'It would fit on its own ({own} of {free} free), but {count, plural, =0 {work due earlier takes} one {{roots} takes} other {{roots} take}} the time first.',
  pushes:
    '{kind, select, past {{n, plural, one {Pushes this one past its deadline} other {Pushes these # past their deadlines}}} risk {{n, plural, one {Puts this one at risk} other {Puts these # at risk}}} other {Pushes these {n} past or close to their deadlines}}',
  effortLine:
    '{approx, select, yes {~{hours}} other {{hours}}}, {source, select, override {your estimate} estimateInText {as written in the task} checklist {from the checklist steps left} plannerPercent {from Planner progress} other {default for its importance}}',
  effortOverride: 'your estimate',
  effortInText: '{part, select, none {} other {{done, number, percent} done of }}“{text}” in the {where, select, title {title} other {notes}}',
  effortChecklist: '{left} of {total, plural, one {# step} other {# steps}} left × {perStep}',
  effortImportanceDefault: '{part, select, none {} other {{done, number, percent} done of the }}default for {importance, select, high {high} low {low} other {normal}} importance',
  promiseHeadline: 'You can promise: {deadline} ({reading})',
  promiseOther: '{who, select, you {You} other {{name}}}: {deadline} ({style})',
  promiseNone:
    'No date fits before {until}: {reason, select, calendar {your calendar is read only that far, and the free hours up to then are taken} other {your free hours up to then are taken}}. Ask for help or hand something off.',
};
