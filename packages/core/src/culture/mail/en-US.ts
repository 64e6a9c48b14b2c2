import type { MailPhrases } from './mail-phrases.js';

/** Messages in American English. */
export const enUSMailPhrases: MailPhrases = {
  greeting: '{tone, select, diplomatic {Hello {name},} other {Hi {name},}}',
  signOff: '{tone, select, diplomatic {Best regards,} other {Best,}}',

  quotedTitle: '\u201c{title}\u201d',

  readerMoment:
    '{date}, {time} {city} time{mine, select, sameDay { ({myTime} my time)} otherDay { ({myMoment} my time)} other {}}',
  deadlineStyle:
    '{style, select, start {the start of your working day} close {your close of business} end {the end of your day} other {}}',
  movedDeadline:
    '{why, select, holiday {{tone, select, diplomatic {As {dueDate} is a public holiday for you ({holiday}), I have planned for the working day before, {effectiveDate}.} other {{dueDate} is a public holiday for you ({holiday}), so I planned for the working day before: {effectiveDate}.}}} other {{tone, select, diplomatic {As {dueDate} falls on your weekend, I have planned for your last working day before it, {effectiveDate}.} other {{dueDate} falls on your weekend, so I planned for your last working day before it: {effectiveDate}.}}}}',
  progress: '{kind, select, checklist {{done} of {total} steps are done.} other {It is {percent}% done.}}',

  headsUpSubject:
    '{count, plural, one {{tone, select, diplomatic {Update on {title}: {hasDate, select, yes {a new date, {newDate}} other {running late}}} other {{title}: {hasDate, select, yes {new date {newDate}} other {running late}}}}} other {{tone, select, diplomatic {Update: new dates for {count} items} other {Heads-up: {count} items are running late}}}}',
  headsUpIntro:
    '{tone, select, diplomatic {I want to give you an early heads-up on {count} items that are running late.} other {A heads-up on {count} items that are running late.}}',
  headsUpOpening:
    '{state, select, overdue {{tone, select, diplomatic {I owe you an update on {title}: it was due {firstDeadline}, and it is not finished yet.} other {{title} is late: it was due {firstDeadline}, and it isn\u2019t finished yet.}}} offTrack {{tone, select, diplomatic {I want to give you an early heads-up on {title}: I will not be able to have it ready by {firstDeadline} as planned.} other {A heads-up: {title} won\u2019t be ready by {firstDeadline} as planned.}}} other {{tone, select, diplomatic {I want to give you an early heads-up on {title}: it is at risk of missing {firstDeadline}.} other {A heads-up: {title} is at risk of missing {firstDeadline}.}}}}',
  causeOwnEffort:
    '{tone, select, diplomatic {It has turned out to be more work than I planned: it still needs about {own}, and I have {free} of working time before then.} other {The work is bigger than I planned: it still needs {own}, and I have {free} of working time before then.}}',
  causeEarlierWork:
    '{tone, select, diplomatic {Work that is due earlier has to come first ({roots}). Of the {free} of working time I have before then, {competing} go to that work, and this still needs {own}.} other {Work due earlier comes first: {roots}. Of the {free} I have before then, {competing} go to that work, and this still needs {own}.}}',
  causeOverdue:
    '{hasWork, select, yes {{tone, select, diplomatic {It still needs about {own} of work.} other {It still needs {own}.}}} other {{tone, select, diplomatic {The work itself is done; what is left is handing it over.} other {The work is done; only the hand-over is left.}}}}',
  newDate:
    '{tone, select, diplomatic {I can have it with you by {newDeadline}. That moves the date from {firstDate} to {newDate}.} other {New date: {newDeadline}; first promised {firstDate}, now {newDate}.}}',
  noNewDate:
    '{reason, select, calendarNotRead {{tone, select, diplomatic {I would rather not guess a new date: my calendar is only planned up to {until}. I will get back to you with a date I can keep.} other {I can\u2019t give you an honest new date yet: my calendar is only planned up to {until}. I\u2019ll get back to you with one.}}} other {{tone, select, diplomatic {I cannot see a date I could keep before {until}, so I would rather not guess. I will get back to you as soon as I can free up time.} other {I can\u2019t see a date I could keep before {until}, so I won\u2019t guess. I\u2019ll get back to you with one.}}}}',
  headsUpAsk:
    '{hasDate, select, several {{tone, select, diplomatic {Could you let me know whether the new dates work for you? If other dates suit you better, tell me and I will see what I can move.} other {What I need from you: a quick yes if the new dates work, or the dates that would.}}} yes {{tone, select, diplomatic {Could you let me know whether {newDate} works for you? If another date suits you better, tell me and I will see what I can move.} other {What I need from you: a quick yes if {newDate} works, or the date that would.}}} other {{tone, select, diplomatic {If there is a date after which the work is no longer useful to you, could you let me know?} other {What I need from you: the latest date that still works for you.}}}}',
  headsUpHelp:
    '{tone, select, diplomatic {I have also asked {colleague} whether they could take about {hours} of {title}.} other {I\u2019m also asking {colleague} to take about {hours} of {title}.}}',
  headsUpThanks:
    '{tone, select, diplomatic {Thank you for your understanding, and sorry for the change.} other {Thanks for your patience.}}',

  confirmSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}: checking the deadline with you} other {{title}: confirming {date}}}} other {{tone, select, diplomatic {Checking {count} deadlines with you} other {Confirming {count} deadlines}}}}',
  confirmOpening:
    '{tone, select, diplomatic {To make sure we have the same deadline in mind for {title}: I am planning to have it with you by {deadline}{hasStyle, select, yes {, {style}} other {}}.} other {Quick check on {title}: I plan to deliver it by {deadline}{hasStyle, select, yes {, {style}} other {}}.}}',
  confirmAsk:
    '{tone, select, diplomatic {Could you confirm that this works for you? If you had a different day or time in mind, please tell me now, and I will plan for it.} other {Can you confirm that works? If you meant a different day or time, tell me now and I\u2019ll plan for it.}}',
  confirmThanks: '{tone, select, diplomatic {Thank you!} other {Thanks!}}',

  onTrackSubject:
    '{count, plural, one {{tone, select, diplomatic {{title} is on track for {date}} other {{title}: on track for {date}}}} other {{tone, select, diplomatic {{count} items are on track} other {On track: {count} items}}}}',
  onTrackOpening:
    '{tone, select, diplomatic {A short note to let you know that {title} is on track for {deadline}.} other {A short update: {title} is on track for {deadline}.}}',
  onTrackFigures:
    '{tone, select, diplomatic {It still needs about {own}, and I have {free} of working time before then.} other {It needs {own} more, and I have {free} of working time before then.}}',
  onTrackAsk:
    '{tone, select, diplomatic {There is nothing you need to do for now; if anything changes, you will hear from me right away.} other {Nothing needed from you; I\u2019ll let you know right away if that changes.}}',

  deliveredSubject:
    '{count, plural, one {{tone, select, diplomatic {{title} is done} other {Done: {title}}}} other {{tone, select, diplomatic {{count} items are done} other {Done: {count} items}}}}',
  deliveredOpening:
    '{tone, select, diplomatic {I am happy to let you know that I finished {title} on {date}{onTime, select, yes {, on time} no {, later than the {firstDate} I first promised} other {}}.} other {{title} is done: I finished it on {date}{onTime, select, yes {, on time} no {, later than the {firstDate} I first promised} other {}}.}}',
  deliveredCredit:
    '{you, select, yes {{tone, select, diplomatic {This was a shared effort: many thanks to you{count, plural, =0 {} other { and {names}}} for your work on it.} other {Thanks to you{count, plural, =0 {} other { and {names}}} for your work on it!}}} other {{tone, select, diplomatic {This was a shared effort: many thanks to {names} for their work on it.} other {Thanks to {names} for their work on it.}}}}',
  deliveredAsk:
    '{tone, select, diplomatic {If anything should be changed, just let me know.} other {If something isn\u2019t right, let me know.}}',
  deliveredThanks: '{tone, select, diplomatic {Thank you for your patience while it was in progress.} other {Thanks for waiting.}}',

  helpSubject:
    '{count, plural, one {{tone, select, diplomatic {Could you help with {title}?} other {Can you take part of {title}?}}} other {{tone, select, diplomatic {Could you help with {count} items?} other {Can you take part of {count} items?}}}}',
  helpOpening:
    '{tone, select, diplomatic {Would you have time to take about {hours} of the work on {title} before {deadline}?} other {Could you take about {hours} of the work on {title} before {deadline}?}}',
  helpWhy:
    '{tone, select, diplomatic {Here is why I am asking: I am short by {short} of working time before then{stakeholderCount, plural, =0 {} other {, and {stakeholders} {stakeholderCount, plural, one {is} other {are}} counting on it}}.} other {I\u2019m short by {short} before then{stakeholderCount, plural, =0 {} other {, and {stakeholders} {stakeholderCount, plural, one {is} other {are}} waiting for it}}.}}',
  helpTheirTime:
    '{tone, select, diplomatic {Your calendar shows about {freeHours} free before then, but you know your week better than I do.} other {Your calendar shows {freeHours} free before then.}}',
  helpAsk:
    '{tone, select, diplomatic {If you can, reply and I will send you what I have so far. If it doesn\u2019t fit, that is completely fine.} other {If so, reply and I\u2019ll send you what I have so far. If not, no problem.}}',
  helpThanks: '{tone, select, diplomatic {Thank you for considering it!} other {Thanks!}}',

  digestSubject: '{tone, select, diplomatic {Weekly update, {from} – {to}} other {Weekly update: {from} – {to}}}',
  digestOpening:
    '{tone, select, diplomatic {Here is where my work stands for the week from {from} to {to}.} other {Where my work stands, {from} to {to}:}}',
  digestHeading:
    '{section, select, done {Done} progress {In progress} risk {At risk, with new dates} help {Where I need help} other {Time away}}',
  digestDone:
    '{title}, finished {date}{you, select, yes {; thanks to you{count, plural, =0 {} other { and {names}}}} other {{count, plural, =0 {} other {; thanks to {names}}}}}',
  digestProgress: '{title}: on track for {deadline}',
  digestRisk:
    '{title}: {state, select, overdue {overdue} offTrack {off track} other {at risk}}; {hasDate, select, yes {first promised {firstDate}, now {newDate}} other {first promised {firstDate}, new date to follow}}',
  digestHelp:
    '{title}: short by {short}{hasColleague, select, yes {; {colleague} could take about {hours}} other {; I am looking for someone who could take part of it}}',
  digestAway:
    '{who, select, me {I\u2019m} other {{name} is}} {kind, select, holiday {off on {from} (public holiday: {holiday})} other {{oneDay, select, yes {out of office on {from}} other {out of office from {from}, back on {back}}}}}',
  digestEmpty:
    '{section, select, done {Nothing finished this week.} progress {Nothing else in progress.} risk {Nothing at risk.} help {No help needed right now.} other {No time away coming up.}}',
  digestClosing:
    '{tone, select, diplomatic {If you have questions about any of this, I am happy to talk them through.} other {Questions welcome.}}',

  briefSubject: 'Brief: {meeting}, {moment}',
  briefOpening: 'Before {meeting} ({moment}): what you owe {names}, and how their day looks.',
  briefAttendee: '{name} ({city})',
  briefDeadline: '{moment} {city}{mine, select, sameDay { ({myTime} your time)} otherDay { ({myMoment} your time)} other {}}',
  briefOwes:
    '{title}: {state, select, onTrack {on track for {deadline}} atRisk {at risk for {deadline}{hasDate, select, yes {; you could promise {newDate}} other {}}} offTrack {will miss {deadline}{hasDate, select, yes {; you could promise {newDate}} other {}}} overdue {overdue since {deadline}{hasDate, select, yes {; you could promise {newDate}} other {}}} later {due {deadline}} other {no due date}}',
  briefOwesNothing: 'Nothing open that you owe {name}.',
  briefLocalTime:
    'It is {time} for {name}, {part, select, beforeHours {before the working day starts} inHours {within working hours} lateInDay {late in the working day} afterHours {after working hours} other {a day off}}.',
  briefHoliday:
    '{when, select, today {Today is a public holiday for {name} ({holiday}).} other {Tomorrow is a public holiday for {name} ({holiday}).}}',
  briefWeekendStarts: '{name}\u2019s weekend starts tomorrow.',
  briefAway: '{name} is out of office from {from} until {until}.',
};
