import type { MailPhrases } from './mail-phrases.js';

// French typography: a no-break space (U+00A0) before « : » and inside « », a narrow one (U+202F) before ; ! ? and %.
// `direct` says tu, `diplomatic` says vous. Titles and names have no known gender: sentences keep the writer as
// the subject (« je livrerai {title} ») so that no adjective has to agree with them.

/** Messages in French (France). */
export const frFRMailPhrases: MailPhrases = {
  greeting: 'Bonjour {name},',
  signOff: '{tone, select, diplomatic {Bien cordialement,} other {À bientôt,}}',
  quotedTitle: '«\u00a0{title}\u00a0»',

  readerMoment:
    '{date}, {time} heure de {city}{mine, select, sameDay { ({myTime} pour moi)} otherDay { ({myMoment} pour moi)} other {}}',
  deadlineStyle:
    '{style, select, start {{tone, select, diplomatic {au début de votre journée de travail} other {au début de ta journée de travail}}} close {{tone, select, diplomatic {à la fin de votre journée de travail} other {à la fin de ta journée de travail}}} end {{tone, select, diplomatic {avant minuit chez vous} other {avant minuit chez toi}}} other {}}',
  movedDeadline:
    '{why, select, holiday {{tone, select, diplomatic {Comme le {dueDate} est férié chez vous ({holiday}), j’ai prévu le jour ouvré précédent, le {effectiveDate}.} other {Le {dueDate} est férié chez toi ({holiday}), donc j’ai prévu le jour ouvré d’avant\u00a0: le {effectiveDate}.}}} other {{tone, select, diplomatic {Comme le {dueDate} tombe pendant votre week-end, j’ai prévu votre dernier jour ouvré avant, le {effectiveDate}.} other {Le {dueDate} tombe pendant ton week-end, donc j’ai prévu ton dernier jour ouvré avant\u00a0: le {effectiveDate}.}}}}',
  progress:
    '{kind, select, checklist {{done, plural, one {# étape sur {total} est faite.} other {# étapes sur {total} sont faites.}}} other {L’avancement est de {percent}\u202f%.}}',

  headsUpSubject:
    '{count, plural, one {{tone, select, diplomatic {Point sur {title}\u00a0: {hasDate, select, yes {nouvelle date, {newDate}} other {du retard}}} other {{title}\u00a0: {hasDate, select, yes {nouvelle date {newDate}} other {en retard}}}}} other {{tone, select, diplomatic {Point sur {count} tâches\u00a0: nouvelles dates} other {{count} tâches en retard}}}}',
  headsUpIntro:
    '{tone, select, diplomatic {Je préfère vous prévenir dès maintenant\u00a0: {count} tâches prennent du retard.} other {Je te préviens\u00a0: {count} tâches prennent du retard.}}',
  headsUpOpening:
    '{state, select, overdue {{tone, select, diplomatic {Je vous dois un point sur {title}\u00a0: l’échéance était le {firstDeadline}, et le travail n’est pas encore terminé.} other {{title} est en retard\u00a0: c’était prévu pour le {firstDeadline}, et ce n’est pas encore fini.}}} offTrack {{tone, select, diplomatic {Je préfère vous prévenir dès maintenant\u00a0: je ne pourrai pas livrer {title} pour le {firstDeadline}, comme prévu.} other {Je te préviens\u00a0: je ne pourrai pas livrer {title} pour le {firstDeadline}, comme prévu.}}} other {{tone, select, diplomatic {Je préfère vous prévenir dès maintenant\u00a0: je risque de ne pas pouvoir livrer {title} pour le {firstDeadline}.} other {Je te préviens\u00a0: je risque de ne pas pouvoir livrer {title} pour le {firstDeadline}.}}}}',
  causeOwnEffort:
    '{tone, select, diplomatic {Le travail s’avère plus important que prévu\u00a0: il en reste environ {own}, et je dispose de {free} de temps de travail d’ici là.} other {C’est plus de travail que prévu\u00a0: il en reste {own}, et j’ai {free} de temps de travail d’ici là.}}',
  causeEarlierWork:
    '{tone, select, diplomatic {Des tâches à rendre plus tôt doivent passer avant ({roots}). Sur les {free} de travail dont je dispose d’ici là, elles en prennent {competing}, alors que {title} demande encore {own}.} other {Des tâches à rendre plus tôt passent avant\u00a0: {roots}. Sur les {free} dont je dispose d’ici là, elles en prennent {competing}, et {title} demande encore {own}.}}',
  causeOverdue:
    '{hasWork, select, yes {{tone, select, diplomatic {Il reste environ {own} de travail.} other {Il reste {own} de travail.}}} other {{tone, select, diplomatic {Le travail lui-même est terminé\u202f; il ne reste plus qu’à le livrer.} other {Le travail est fait\u202f; il ne reste que la livraison.}}}}',
  newDate:
    '{tone, select, diplomatic {Je peux m’engager sur le {newDeadline}. La date passe ainsi du {firstDateLong} au {newDateLong}.} other {Nouvelle date\u00a0: le {newDeadline}, au lieu du {firstDate} promis au départ.}}',
  noNewDate:
    '{reason, select, calendarNotRead {{tone, select, diplomatic {Je préfère ne pas avancer de nouvelle date au hasard\u00a0: mon agenda n’est planifié que jusqu’au {until}. Je reviendrai vers vous avec une date que je pourrai tenir.} other {Je ne peux pas encore te donner de nouvelle date fiable\u00a0: mon agenda n’est planifié que jusqu’au {until}. Je reviens vers toi dès que j’en ai une.}}} other {{tone, select, diplomatic {Je ne vois pas de date que je pourrais tenir avant le {until}\u202f; je préfère donc ne pas avancer de date au hasard. Je reviendrai vers vous dès que j’aurai pu libérer du temps.} other {Je ne vois aucune date tenable avant le {until}, donc je préfère ne pas deviner. Je reviens vers toi avec une date.}}}}',
  headsUpAsk:
    '{hasDate, select, several {{tone, select, diplomatic {Pourriez-vous me dire si ces nouvelles dates vous conviennent\u202f? Si d’autres dates vous arrangent mieux, dites-le-moi et je verrai ce que je peux réorganiser.} other {Ce dont j’ai besoin\u00a0: un simple oui si ces dates te vont, ou celles qui t’iraient.}}} yes {{tone, select, diplomatic {Pourriez-vous me dire si le {newDate} vous convient\u202f? Si une autre date vous arrange mieux, dites-le-moi et je verrai ce que je peux réorganiser.} other {Ce dont j’ai besoin\u00a0: un simple oui si le {newDate} te va, ou la date qui t’irait.}}} other {{tone, select, diplomatic {Y a-t-il une date au-delà de laquelle ce travail ne vous serait plus utile\u202f? Si oui, pourriez-vous me l’indiquer\u202f?} other {Ce dont j’ai besoin\u00a0: la date limite qui te convient encore.}}}}',
  headsUpHelp:
    '{tone, select, diplomatic {J’ai également demandé à {colleague} de prendre en charge environ {hours} sur {title}, si c’est possible.} other {Je demande aussi à {colleague} de prendre environ {hours} sur {title}.}}',
  headsUpThanks:
    '{tone, select, diplomatic {Merci de votre compréhension, et toutes mes excuses pour ce changement.} other {Merci pour ta patience.}}',

  confirmSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}\u00a0: vérifions ensemble l’échéance} other {{title}\u00a0: confirmation pour le {date}}}} other {{tone, select, diplomatic {Vérifions ensemble {count} échéances} other {Confirmation de {count} échéances}}}}',
  confirmOpening:
    '{tone, select, diplomatic {Pour que nous ayons bien la même échéance en tête pour {title}\u00a0: je prévois une livraison d’ici le {deadline}{hasStyle, select, yes {, soit {style}} other {}}.} other {Petite vérification pour {title}\u00a0: je prévois de livrer d’ici le {deadline}{hasStyle, select, yes {, soit {style}} other {}}.}}',
  confirmAsk:
    '{tone, select, diplomatic {Pourriez-vous me confirmer que cela vous convient\u202f? Si vous aviez un autre jour ou une autre heure en tête, dites-le-moi dès maintenant et je m’organiserai en conséquence.} other {Tu peux me confirmer que ça te va\u202f? Si tu pensais à un autre jour ou à une autre heure, dis-le-moi maintenant et je m’organise en fonction.}}',
  confirmThanks: '{tone, select, diplomatic {Merci d’avance\u202f!} other {Merci\u202f!}}',

  onTrackSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}\u00a0: dans les temps pour le {date}} other {{title}\u00a0: en bonne voie pour le {date}}}} other {{tone, select, diplomatic {{count} tâches dans les temps} other {En bonne voie\u00a0: {count} tâches}}}}',
  onTrackOpening:
    '{tone, select, diplomatic {Un petit mot pour vous dire que {title} avance comme prévu pour le {deadline}.} other {Petit point\u00a0: {title} est en bonne voie pour le {deadline}.}}',
  onTrackFigures:
    '{tone, select, diplomatic {Il reste environ {own} de travail, et je dispose de {free} de temps de travail d’ici là.} other {Il reste {own} de travail, et j’ai {free} de temps de travail d’ici là.}}',
  onTrackAsk:
    '{tone, select, diplomatic {Rien à faire de votre côté pour l’instant\u202f; si quelque chose change, je vous préviens tout de suite.} other {Rien à faire de ton côté\u202f; je te préviens tout de suite si ça change.}}',

  deliveredSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}\u00a0: c’est terminé} other {C’est fait\u00a0: {title}}}} other {{tone, select, diplomatic {{count} tâches terminées} other {C’est fait\u00a0: {count} tâches}}}}',
  deliveredOpening:
    '{tone, select, diplomatic {J’ai le plaisir de vous annoncer que j’ai terminé {title} le {date}{onTime, select, yes {, dans les délais} no {, après le {firstDate} promis au départ} other {}}.} other {C’est fait\u00a0: j’ai terminé {title} le {date}{onTime, select, yes {, dans les délais} no {, après le {firstDate} promis au départ} other {}}.}}',
  deliveredCredit:
    '{you, select, yes {{tone, select, diplomatic {C’était un travail d’équipe\u00a0: un grand merci à vous{count, plural, =0 {} other { ainsi qu’à {names}}} pour votre contribution.} other {Merci à toi{count, plural, =0 { pour ton travail} other { et à {names} pour votre travail}}\u202f!}}} other {{tone, select, diplomatic {C’était un travail d’équipe\u00a0: un grand merci à {names} pour {count, plural, one {sa} other {leur}} contribution.} other {Merci à {names} pour {count, plural, one {son} other {leur}} travail.}}}}',
  deliveredAsk:
    '{tone, select, diplomatic {Si quelque chose doit être modifié, n’hésitez pas à me le dire.} other {Si quelque chose ne va pas, dis-le-moi.}}',
  deliveredThanks: '{tone, select, diplomatic {Merci pour votre patience pendant ce travail.} other {Merci d’avoir attendu.}}',

  helpSubject:
    '{count, plural, one {{tone, select, diplomatic {Pourriez-vous m’aider sur {title}\u202f?} other {Tu peux prendre une partie de {title}\u202f?}}} other {{tone, select, diplomatic {Pourriez-vous m’aider sur {count} tâches\u202f?} other {Tu peux m’aider sur {count} tâches\u202f?}}}}',
  helpOpening:
    '{tone, select, diplomatic {Auriez-vous le temps de prendre en charge environ {hours} de travail sur {title} avant le {deadline}\u202f?} other {Tu pourrais prendre environ {hours} de travail sur {title} avant le {deadline}\u202f?}}',
  helpWhy:
    '{tone, select, diplomatic {Voici pourquoi je vous le demande\u00a0: il me manque {short} de temps de travail d’ici là{stakeholderCount, plural, =0 {} one {, et {stakeholders} compte dessus} other {, et {stakeholders} comptent dessus}}.} other {Il me manque {short} d’ici là{stakeholderCount, plural, =0 {} one {, et {stakeholders} l’attend} other {, et {stakeholders} l’attendent}}.}}',
  helpTheirTime:
    '{tone, select, diplomatic {D’après votre agenda, vous avez environ {freeHours} de libre d’ici là, mais vous connaissez votre semaine mieux que moi.} other {D’après ton agenda, tu as {freeHours} de libre d’ici là.}}',
  helpAsk:
    '{tone, select, diplomatic {Si c’est possible, répondez-moi et je vous enverrai ce que j’ai déjà. Si cela ne rentre pas dans votre planning, aucun souci.} other {Si oui, réponds-moi et je t’envoie ce que j’ai déjà. Sinon, pas de souci.}}',
  helpThanks: '{tone, select, diplomatic {Merci d’y réfléchir\u202f!} other {Merci\u202f!}}',

  digestSubject: '{tone, select, diplomatic {Point hebdomadaire, {from} – {to}} other {Point de la semaine\u00a0: {from} – {to}}}',
  digestOpening:
    '{tone, select, diplomatic {Voici où en est mon travail pour la semaine du {fromLong} au {toLong}.} other {Où en est mon travail, du {fromLong} au {toLong}\u00a0:}}',
  digestHeading:
    '{section, select, done {Terminé} progress {En cours} risk {À risque, avec les nouvelles dates} help {Là où j’ai besoin d’aide} other {Absences}}',
  digestDone:
    '{title}, le {date}{you, select, yes { (merci à {tone, select, diplomatic {vous} other {toi}}{count, plural, =0 {} other { et à {names}}})} other {{count, plural, =0 {} other { (merci à {names})}}}}',
  digestProgress: '{title}\u00a0: dans les temps pour le {deadline}',
  digestRisk:
    '{title}\u00a0: {state, select, overdue {en retard} offTrack {hors délai} other {à risque}}\u202f; {hasDate, select, yes {date promise\u00a0: {firstDate}, nouvelle date\u00a0: {newDate}} other {date promise\u00a0: {firstDate}, nouvelle date à venir}}',
  digestHelp:
    '{title}\u00a0: il me manque {short}{hasColleague, select, yes {\u202f; {colleague} pourrait en prendre environ {hours}} other {\u202f; je cherche quelqu’un qui pourrait en prendre une partie}}',
  digestAway:
    '{who, select, me {Moi} other {{name}}}\u00a0: {kind, select, holiday {jour férié le {from} ({holiday})} other {{oneDay, select, yes {absence le {from}} other {absence à partir du {from}, retour le {back}}}}}',
  digestEmpty:
    '{section, select, done {Rien de terminé cette semaine.} progress {Rien d’autre en cours.} risk {Aucune tâche à risque.} help {Pas besoin d’aide pour le moment.} other {Aucune absence prévue.}}',
  digestClosing:
    '{tone, select, diplomatic {Si vous avez des questions, n’hésitez pas à m’en parler.} other {Des questions\u202f? N’hésite pas.}}',

  briefSubject: 'Préparation\u00a0: {meeting}, {moment}',
  briefOpening: 'Avant {meeting} ({moment})\u00a0: ce que vous devez à {names}, et où en est leur journée.',
  briefAttendee: '{name} ({city})',
  briefDeadline: '{moment} heure de {city}{mine, select, sameDay { ({myTime} pour vous)} otherDay { ({myMoment} pour vous)} other {}}',
  briefOwes:
    '{title}\u00a0: {state, select, onTrack {dans les temps pour le {deadline}} atRisk {à risque pour le {deadline}{hasDate, select, yes {\u202f; vous pourriez promettre le {newDate}} other {}}} offTrack {l’échéance du {deadline} ne sera pas tenue{hasDate, select, yes {\u202f; vous pourriez promettre le {newDate}} other {}}} overdue {en retard depuis le {deadline}{hasDate, select, yes {\u202f; vous pourriez promettre le {newDate}} other {}}} later {échéance le {deadline}} other {pas d’échéance}}',
  briefOwesNothing: 'Vous ne devez rien à {name} pour le moment.',
  briefLocalTime:
    'Il est {time} pour {name}, {part, select, beforeHours {avant le début de sa journée de travail} inHours {pendant ses heures de travail} lateInDay {en fin de journée de travail} afterHours {après ses heures de travail} other {un jour non travaillé}}.',
  briefHoliday:
    '{when, select, today {C’est un jour férié pour {name} aujourd’hui ({holiday}).} other {Demain est un jour férié pour {name} ({holiday}).}}',
  briefWeekendStarts: 'Le week-end de {name} commence demain.',
  briefAway: 'Absence de {name} du {from} au {until}.',
};
