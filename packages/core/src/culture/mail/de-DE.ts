import type { MailPhrases } from './mail-phrases.js';

// `direct` duzt, `diplomatic` siezt. After "Hallo Jonas," the first paragraph starts in lower case (DIN 5008):
// openings select on `first`. Sign-offs have no comma. Titles and names have no known gender, so no pronoun
// stands for them ("ich habe „…“ fertiggestellt", never "es ist fertig").

/** Messages in German (Germany). */
export const deDEMailPhrases: MailPhrases = {
  greeting: 'Hallo {name},',
  signOff: '{tone, select, diplomatic {Freundliche Grüße} other {Viele Grüße}}',
  quotedTitle: '„{title}“',

  readerMoment:
    '{date}, {time} Uhr Ortszeit {city}{mine, select, sameDay { (bei mir {myTime} Uhr)} otherDay { (bei mir {myMoment} Uhr)} other {}}',
  deadlineStyle:
    '{style, select, start {{tone, select, diplomatic {also zu Beginn Ihres Arbeitstages} other {also zu Beginn deines Arbeitstages}}} close {{tone, select, diplomatic {also zum Ende Ihres Arbeitstages} other {also zum Ende deines Arbeitstages}}} end {{tone, select, diplomatic {also vor Mitternacht bei Ihnen} other {also vor Mitternacht bei dir}}} other {}}',
  movedDeadline:
    '{why, select, holiday {{tone, select, diplomatic {Da am {dueDate}, bei Ihnen Feiertag ist ({holiday}), habe ich den Arbeitstag davor eingeplant: {effectiveDate}.} other {Am {dueDate}, ist bei dir Feiertag ({holiday}), deshalb habe ich den Arbeitstag davor eingeplant: {effectiveDate}.}}} other {{tone, select, diplomatic {Da am {dueDate}, bei Ihnen Wochenende ist, habe ich Ihren letzten Arbeitstag davor eingeplant: {effectiveDate}.} other {Am {dueDate}, ist bei dir Wochenende, deshalb habe ich deinen letzten Arbeitstag davor eingeplant: {effectiveDate}.}}}}',
  progress:
    '{kind, select, checklist {{done, plural, one {# von {total} Schritten ist erledigt.} other {# von {total} Schritten sind erledigt.}}} other {Der Fortschritt liegt bei {percent}\u00a0%.}}',

  headsUpSubject:
    '{count, plural, one {{tone, select, diplomatic {Update zu {title}: {hasDate, select, yes {neuer Termin {newDate}} other {Verzögerung}}} other {{title}: {hasDate, select, yes {neuer Termin {newDate}} other {verzögert sich}}}}} other {{tone, select, diplomatic {Update: neue Termine für {count} Aufgaben} other {Hinweis: {count} Aufgaben verzögern sich}}}}',
  headsUpIntro:
    '{tone, select, diplomatic {ich möchte Sie frühzeitig informieren: {count} Aufgaben verzögern sich.} other {kurzer Hinweis: {count} Aufgaben verzögern sich.}}',
  headsUpOpening:
    '{state, select, overdue {{tone, select, diplomatic {{first, select, yes {ich} other {Ich}} schulde Ihnen ein Update zu {title}: Der Termin war am {firstDeadline}, und ich bin noch nicht fertig.} other {{first, select, yes {kurzer} other {Kurzer}} Hinweis: {title} ist überfällig. Der Termin war am {firstDeadline}, und ich bin noch nicht fertig.}}} offTrack {{tone, select, diplomatic {{first, select, yes {ich} other {Ich}} möchte Sie frühzeitig informieren: {title} werde ich nicht wie geplant bis {firstDeadline} fertigstellen können.} other {{first, select, yes {kurzer} other {Kurzer}} Hinweis: {title} schaffe ich nicht wie geplant bis {firstDeadline}.}}} other {{tone, select, diplomatic {{first, select, yes {ich} other {Ich}} möchte Sie frühzeitig informieren: Bei {title} ist der Termin am {firstDeadline} gefährdet.} other {{first, select, yes {kurzer} other {Kurzer}} Hinweis: Bei {title} ist der Termin am {firstDeadline} gefährdet.}}}}',
  causeOwnEffort:
    '{tone, select, diplomatic {Der Aufwand ist größer als geplant: Es sind noch etwa {own} zu tun, und bis dahin habe ich {free} Arbeitszeit.} other {Es ist mehr Arbeit als geplant: Offen sind noch {own}, und bis dahin habe ich {free} Arbeitszeit.}}',
  causeEarlierWork:
    '{tone, select, diplomatic {Aufgaben mit früherem Termin müssen zuerst erledigt werden ({roots}). Von den {free} Arbeitszeit, die ich bis dahin habe, entfallen {competing} darauf, und für {title} sind noch {own} nötig.} other {Aufgaben mit früherem Termin gehen vor: {roots}. Von meinen {free} bis dahin entfallen {competing} darauf, und für {title} sind noch {own} nötig.}}',
  causeOverdue:
    '{hasWork, select, yes {{tone, select, diplomatic {Es sind noch etwa {own} zu tun.} other {Es sind noch {own} offen.}}} other {{tone, select, diplomatic {Die eigentliche Arbeit ist erledigt; es fehlt nur noch die Übergabe.} other {Die Arbeit ist erledigt, es fehlt nur noch die Übergabe.}}}}',
  newDate:
    '{tone, select, diplomatic {Ich kann Ihnen die Fertigstellung bis {newDeadline} zusagen. Ursprünglich zugesagt war {firstDateLong}.} other {Neuer Termin: {newDeadline}. Ursprünglich zugesagt war {firstDateLong}.}}',
  noNewDate:
    '{reason, select, calendarNotRead {{tone, select, diplomatic {Einen neuen Termin möchte ich nicht einfach schätzen: Mein Kalender ist nur bis {until}, geplant. Ich melde mich bei Ihnen mit einem Termin, den ich halten kann.} other {Einen verlässlichen neuen Termin kann ich dir noch nicht nennen: Mein Kalender ist nur bis {until}, geplant. Ich melde mich, sobald ich einen habe.}}} other {{tone, select, diplomatic {Vor {until}, sehe ich keinen Termin, den ich halten könnte, deshalb möchte ich nicht raten. Ich melde mich bei Ihnen, sobald ich Zeit freimachen kann.} other {Vor {until}, sehe ich keinen Termin, den ich halten kann, also rate ich nicht. Ich melde mich mit einem Termin.}}}}',
  headsUpAsk:
    '{hasDate, select, several {{tone, select, diplomatic {Könnten Sie mir kurz Bescheid geben, ob die neuen Termine für Sie passen? Wenn andere Termine besser wären, sagen Sie es mir gern, dann schaue ich, was ich verschieben kann.} other {Was ich von dir brauche: ein kurzes Ja, wenn die neuen Termine passen, oder die Termine, die besser wären.}}} yes {{tone, select, diplomatic {Könnten Sie mir kurz Bescheid geben, ob {newDate} für Sie passt? Wenn ein anderer Termin besser wäre, sagen Sie es mir gern, dann schaue ich, was ich verschieben kann.} other {Was ich von dir brauche: ein kurzes Ja, wenn {newDate} passt, oder einen Termin, der besser wäre.}}} other {{tone, select, diplomatic {Gibt es einen Termin, nach dem Ihnen die Arbeit nichts mehr nützt? Dann geben Sie mir bitte Bescheid.} other {Was ich von dir brauche: den spätesten Termin, der für dich noch passt.}}}}',
  headsUpHelp:
    '{tone, select, diplomatic {Außerdem habe ich {colleague} gebeten, wenn möglich etwa {hours} von {title} zu übernehmen.} other {Ich bitte außerdem {colleague}, etwa {hours} von {title} zu übernehmen.}}',
  headsUpThanks:
    '{tone, select, diplomatic {Vielen Dank für Ihr Verständnis, und entschuldigen Sie die Änderung.} other {Danke für deine Geduld!}}',

  confirmSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}: Abstimmung des Termins} other {{title}: Termin {date} bestätigen?}}} other {{tone, select, diplomatic {Abstimmung von {count} Terminen} other {{count} Termine bestätigen?}}}}',
  confirmOpening:
    '{tone, select, diplomatic {{first, select, yes {damit} other {Damit}} wir denselben Termin im Blick haben: Ich plane, {title} bis {deadline} fertigzustellen{hasStyle, select, yes {, {style}} other {}}.} other {{first, select, yes {kurze} other {Kurze}} Rückfrage zu {title}: Ich plane die Abgabe bis {deadline}{hasStyle, select, yes {, {style}} other {}}.}}',
  confirmAsk:
    '{tone, select, diplomatic {Könnten Sie mir bestätigen, dass das für Sie passt? Falls Sie an einen anderen Tag oder eine andere Uhrzeit gedacht haben, sagen Sie es mir bitte jetzt, dann plane ich entsprechend.} other {Passt das für dich? Falls du einen anderen Tag oder eine andere Uhrzeit gemeint hast, sag mir jetzt Bescheid, dann plane ich das ein.}}',
  confirmThanks: '{tone, select, diplomatic {Vielen Dank!} other {Danke!}}',

  onTrackSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}: im Zeitplan für {date}} other {{title}: alles im Plan für {date}}}} other {{tone, select, diplomatic {{count} Aufgaben im Zeitplan} other {Alles im Plan: {count} Aufgaben}}}}',
  onTrackOpening:
    '{tone, select, diplomatic {{first, select, yes {ich} other {Ich}} wollte Ihnen kurz mitteilen, dass {title} gut im Plan liegt für den Termin am {deadline}.} other {{first, select, yes {kurzes} other {Kurzes}} Update: {title} liegt im Plan für den Termin am {deadline}.}}',
  onTrackFigures:
    '{tone, select, diplomatic {Es sind noch etwa {own} zu tun, und bis dahin habe ich {free} Arbeitszeit.} other {Offen sind noch {own}, und bis dahin habe ich {free} Arbeitszeit.}}',
  onTrackAsk:
    '{tone, select, diplomatic {Von Ihrer Seite ist im Moment nichts zu tun; sollte sich etwas ändern, melde ich mich sofort.} other {Von dir brauche ich nichts; wenn sich etwas ändert, sage ich dir sofort Bescheid.}}',

  deliveredSubject:
    '{count, plural, one {{tone, select, diplomatic {{title} ist fertig} other {Erledigt: {title}}}} other {{tone, select, diplomatic {{count} Aufgaben sind fertig} other {Erledigt: {count} Aufgaben}}}}',
  deliveredOpening:
    '{tone, select, diplomatic {{first, select, yes {ich} other {Ich}} freue mich, Ihnen mitzuteilen: {title} ist fertig. Abgeschlossen habe ich die Arbeit am {date}{onTime, select, yes {, pünktlich zum Termin} no {, später als ursprünglich zugesagt ({firstDate})} other {}}.} other {{first, select, yes {kurze} other {Kurze}} Info: {title} ist fertig. Abgeschlossen habe ich die Arbeit am {date}{onTime, select, yes {, pünktlich zum Termin} no {, später als ursprünglich zugesagt ({firstDate})} other {}}.}}',
  deliveredCredit:
    '{you, select, yes {{tone, select, diplomatic {Das war Teamarbeit: Herzlichen Dank an Sie{count, plural, =0 {} other { und {names}}} für die Mitarbeit.} other {Danke an dich{count, plural, =0 {} other { und {names}}} für die Mitarbeit!}}} other {{tone, select, diplomatic {Das war Teamarbeit: Herzlichen Dank an {names} für die Mitarbeit.} other {Danke an {names} für die Mitarbeit!}}}}',
  deliveredAsk:
    '{tone, select, diplomatic {Falls noch etwas angepasst werden soll, geben Sie mir gern Bescheid.} other {Wenn etwas nicht passt, sag Bescheid.}}',
  deliveredThanks: '{tone, select, diplomatic {Vielen Dank für Ihre Geduld in der Zwischenzeit.} other {Danke fürs Warten!}}',

  helpSubject:
    '{count, plural, one {{tone, select, diplomatic {Könnten Sie mich bei {title} unterstützen?} other {Kannst du einen Teil von {title} übernehmen?}}} other {{tone, select, diplomatic {Könnten Sie mich bei {count} Aufgaben unterstützen?} other {Kannst du mir bei {count} Aufgaben helfen?}}}}',
  helpOpening:
    '{tone, select, diplomatic {{first, select, yes {hätten} other {Hätten}} Sie Zeit, vor {deadline} etwa {hours} der Arbeit an {title} zu übernehmen?} other {{first, select, yes {könntest} other {Könntest}} du vor {deadline} etwa {hours} der Arbeit an {title} übernehmen?}}',
  helpWhy:
    '{tone, select, diplomatic {Zum Hintergrund: Mir fehlen bis dahin {short} Arbeitszeit{stakeholderCount, plural, =0 {} one {, und {stakeholders} wartet darauf} other {, und {stakeholders} warten darauf}}.} other {Mir fehlen bis dahin {short} Arbeitszeit{stakeholderCount, plural, =0 {} one {, und {stakeholders} wartet darauf} other {, und {stakeholders} warten darauf}}.}}',
  helpTheirTime:
    '{tone, select, diplomatic {Ihr Kalender zeigt bis dahin etwa {freeHours} frei, aber Sie kennen Ihre Woche besser als ich.} other {Dein Kalender zeigt bis dahin {freeHours} frei.}}',
  helpAsk:
    '{tone, select, diplomatic {Wenn es passt, antworten Sie mir einfach, dann schicke ich Ihnen meinen aktuellen Stand. Wenn es nicht passt, ist das völlig in Ordnung.} other {Wenn ja, antworte mir kurz, dann schicke ich dir meinen Stand. Wenn nicht, kein Problem.}}',
  helpThanks: '{tone, select, diplomatic {Vielen Dank, dass Sie es sich überlegen!} other {Danke!}}',

  digestSubject: '{tone, select, diplomatic {Wochenbericht, {from} – {to}} other {Wochenüberblick: {from} – {to}}}',
  digestOpening:
    '{tone, select, diplomatic {hier ist der Stand meiner Arbeit für die Woche von {fromLong} bis {toLong}.} other {hier mein Stand von {fromLong} bis {toLong}:}}',
  digestHeading:
    '{section, select, done {Erledigt} progress {In Arbeit} risk {Gefährdet, mit neuen Terminen} help {Wo ich Hilfe brauche} other {Abwesenheiten}}',
  digestDone:
    '{title}, erledigt am {date}{you, select, yes {; danke an {tone, select, diplomatic {Sie} other {dich}}{count, plural, =0 {} other { und {names}}}} other {{count, plural, =0 {} other {; danke an {names}}}}}',
  digestProgress: '{title}: im Plan für {deadline} Uhr',
  digestRisk:
    '{title}: {state, select, overdue {überfällig} offTrack {verzögert} other {gefährdet}}; {hasDate, select, yes {ursprünglich zugesagt: {firstDate}, jetzt: {newDate}} other {ursprünglich zugesagt: {firstDate}, neuer Termin folgt}}',
  digestHelp:
    '{title}: Mir fehlen {short}{hasColleague, select, yes {; {colleague} könnte etwa {hours} übernehmen} other {; ich suche Unterstützung für einen Teil davon}}',
  digestAway:
    '{who, select, me {Ich bin} other {{name} ist}} {kind, select, holiday {am {from} nicht da (Feiertag: {holiday})} other {{oneDay, select, yes {am {from} abwesend} other {ab {from} abwesend, zurück am {back}}}}}',
  digestEmpty:
    '{section, select, done {Diese Woche nichts abgeschlossen.} progress {Sonst nichts in Arbeit.} risk {Nichts gefährdet.} help {Im Moment brauche ich keine Hilfe.} other {Keine Abwesenheiten geplant.}}',
  digestClosing:
    '{tone, select, diplomatic {Wenn Sie Fragen dazu haben, sprechen Sie mich gern an.} other {Fragen? Melde dich gern.}}',

  briefSubject: 'Vorbereitung: {meeting}, {moment} Uhr',
  briefOpening: 'Vor {meeting} ({moment} Uhr): was Sie {names} zugesagt haben und wie ihr Tag aussieht.',
  briefAttendee: '{name} ({city})',
  briefDeadline: '{moment} Uhr ({city}{mine, select, sameDay {; bei Ihnen {myTime} Uhr} otherDay {; bei Ihnen {myMoment} Uhr} other {}})',
  briefOwes:
    '{title}: {state, select, onTrack {im Plan für {deadline}} atRisk {gefährdet für {deadline}{hasDate, select, yes {; zusagen könnten Sie {newDate}} other {}}} offTrack {{deadline} ist nicht zu halten{hasDate, select, yes {; zusagen könnten Sie {newDate}} other {}}} overdue {überfällig seit {deadline}{hasDate, select, yes {; zusagen könnten Sie {newDate}} other {}}} later {fällig am {deadline}} other {ohne Termin}}',
  briefOwesNothing: 'Derzeit ist nichts offen, was Sie {name} zugesagt haben.',
  briefLocalTime:
    'Bei {name} ist es {time} Uhr, {part, select, beforeHours {vor Arbeitsbeginn} inHours {während der Arbeitszeit} lateInDay {gegen Ende des Arbeitstages} afterHours {nach Feierabend} other {ein freier Tag}}.',
  briefHoliday: '{when, select, today {Heute ist bei {name} Feiertag ({holiday}).} other {Morgen ist bei {name} Feiertag ({holiday}).}}',
  briefWeekendStarts: 'Bei {name} beginnt morgen das Wochenende.',
  briefAway: '{name} ist von {from} Uhr bis {until} Uhr abwesend.',
};
