import type { MailPhrases } from './mail-phrases.js';

// `direct` tutea, `diplomatic` trata de usted. Titles and names have no known gender, so no pronoun or
// participle agrees with them ("he terminado «…»", never "está terminado"); the writer stays the subject.

/** Messages in Spanish (Spain). */
export const esESMailPhrases: MailPhrases = {
  greeting: 'Hola, {name}:',
  signOff: '{tone, select, diplomatic {Saludos cordiales,} other {Un saludo,}}',
  quotedTitle: '«{title}»',

  readerMoment:
    '{date}, a las {time}, hora de {city}{mine, select, sameDay { (para mí, las {myTime})} otherDay { (para mí, {myMoment})} other {}}',
  deadlineStyle:
    '{style, select, start {{tone, select, diplomatic {es decir, al inicio de su jornada laboral} other {es decir, al inicio de tu jornada}}} close {{tone, select, diplomatic {es decir, al cierre de su jornada laboral} other {es decir, al final de tu jornada}}} end {{tone, select, diplomatic {es decir, antes de la medianoche en su zona} other {es decir, antes de la medianoche para ti}}} other {}}',
  movedDeadline:
    '{why, select, holiday {{tone, select, diplomatic {Como el {dueDate} es festivo para usted ({holiday}), he previsto el día laborable anterior, el {effectiveDate}.} other {El {dueDate} es festivo para ti ({holiday}), así que he previsto el día laborable anterior: el {effectiveDate}.}}} other {{tone, select, diplomatic {Como el {dueDate} cae en su fin de semana, he previsto su último día laborable anterior, el {effectiveDate}.} other {El {dueDate} cae en tu fin de semana, así que he previsto tu último día laborable antes: el {effectiveDate}.}}}}',
  progress:
    '{kind, select, checklist {{done, plural, one {# de {total} pasos está hecho.} other {# de {total} pasos están hechos.}}} other {El avance es del {percent}\u00a0%.}}',

  headsUpSubject:
    '{count, plural, one {{tone, select, diplomatic {Novedades sobre {title}: {hasDate, select, yes {nueva fecha, {newDate}} other {hay retraso}}} other {{title}: {hasDate, select, yes {nueva fecha {newDate}} other {con retraso}}}}} other {{tone, select, diplomatic {Novedades: nuevas fechas para {count} tareas} other {Aviso: {count} tareas van con retraso}}}}',
  headsUpIntro:
    '{tone, select, diplomatic {Quería avisarle con tiempo: {count} tareas van con retraso.} other {Te aviso: {count} tareas van con retraso.}}',
  headsUpOpening:
    '{state, select, overdue {{tone, select, diplomatic {Le debo una actualización sobre {title}: la fecha era el {firstDeadline} y todavía no he terminado.} other {{title} va con retraso: la fecha era el {firstDeadline} y todavía no he terminado.}}} offTrack {{tone, select, diplomatic {Quería avisarle con tiempo: no podré entregar {title} para el {firstDeadline}, como estaba previsto.} other {Te aviso: no podré entregar {title} para el {firstDeadline}, como estaba previsto.}}} other {{tone, select, diplomatic {Quería avisarle con tiempo: corro el riesgo de no poder entregar {title} para el {firstDeadline}.} other {Te aviso: puede que no llegue a entregar {title} para el {firstDeadline}.}}}}',
  causeOwnEffort:
    '{tone, select, diplomatic {El trabajo ha resultado ser mayor de lo previsto: todavía faltan alrededor de {own} y dispongo de {free} de tiempo de trabajo hasta entonces.} other {Es más trabajo de lo previsto: todavía faltan {own} y tengo {free} de tiempo de trabajo hasta entonces.}}',
  causeEarlierWork:
    '{tone, select, diplomatic {Hay tareas con una fecha anterior que deben ir primero ({roots}). De mi tiempo de trabajo hasta entonces ({free}), esas tareas se llevan {competing}, y {title} todavía necesita {own}.} other {Antes van tareas con una fecha anterior: {roots}. De mi tiempo hasta entonces ({free}), esas tareas se llevan {competing}, y {title} todavía necesita {own}.}}',
  causeOverdue:
    '{hasWork, select, yes {{tone, select, diplomatic {Quedan alrededor de {own} de trabajo.} other {Faltan {own}.}}} other {{tone, select, diplomatic {El trabajo en sí está hecho; solo queda la entrega.} other {El trabajo está hecho; solo falta la entrega.}}}}',
  newDate:
    '{tone, select, diplomatic {Puedo comprometerme con el {newDeadline}. Así, la fecha pasa del {firstDateLong} al {newDateLong}.} other {Nueva fecha: el {newDeadline}; la prometida al principio era el {firstDate}.}}',
  noNewDate:
    '{reason, select, calendarNotRead {{tone, select, diplomatic {Prefiero no adivinar una nueva fecha: mi calendario solo está planificado hasta el {until}. Le escribiré con una fecha que pueda cumplir.} other {Todavía no puedo darte una fecha nueva fiable: mi calendario solo está planificado hasta el {until}. Te escribo en cuanto la tenga.}}} other {{tone, select, diplomatic {No veo ninguna fecha que pueda cumplir antes del {until}, así que prefiero no adivinar. Le escribiré en cuanto pueda liberar tiempo.} other {No veo ninguna fecha que pueda cumplir antes del {until}, así que no voy a adivinar. Te escribo con una fecha.}}}}',
  headsUpAsk:
    '{hasDate, select, several {{tone, select, diplomatic {¿Podría decirme si le vienen bien las nuevas fechas? Si otras fechas le encajan mejor, dígamelo y veré qué puedo reorganizar.} other {Lo que necesito de ti: un simple sí si te van bien las nuevas fechas, o las fechas que te irían mejor.}}} yes {{tone, select, diplomatic {¿Podría decirme si le viene bien el {newDate}? Si otra fecha le encaja mejor, dígamelo y veré qué puedo reorganizar.} other {Lo que necesito de ti: un simple sí si te va bien el {newDate}, o la fecha que te iría mejor.}}} other {{tone, select, diplomatic {¿Hay alguna fecha a partir de la cual este trabajo ya no le sería útil? Si es así, ¿podría indicármela?} other {Lo que necesito de ti: la fecha más tardía que todavía te sirva.}}}}',
  headsUpHelp:
    '{tone, select, diplomatic {También le he pedido a {colleague} que, si es posible, asuma alrededor de {hours} de {title}.} other {También le pido a {colleague} que se encargue de alrededor de {hours} de {title}.}}',
  headsUpThanks: '{tone, select, diplomatic {Gracias por su comprensión, y disculpe el cambio.} other {¡Gracias por tu paciencia!}}',

  confirmSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}: confirmemos la fecha} other {{title}: ¿confirmamos el {date}?}}} other {{tone, select, diplomatic {Confirmemos {count} fechas} other {¿Confirmamos {count} fechas?}}}}',
  confirmOpening:
    '{tone, select, diplomatic {Para asegurarnos de que tenemos la misma fecha en mente para {title}: tengo prevista la entrega a más tardar el {deadline}{hasStyle, select, yes {, {style}} other {}}.} other {Una comprobación rápida sobre {title}: tengo previsto entregar a más tardar el {deadline}{hasStyle, select, yes {, {style}} other {}}.}}',
  confirmAsk:
    '{tone, select, diplomatic {¿Podría confirmarme que le viene bien? Si tenía en mente otro día u otra hora, dígamelo ahora y lo planificaré así.} other {¿Me confirmas que te va bien? Si pensabas en otro día u otra hora, dímelo ahora y lo planifico así.}}',
  confirmThanks: '{tone, select, diplomatic {¡Muchas gracias!} other {¡Gracias!}}',

  onTrackSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}: según lo previsto para el {date}} other {{title}: en plazo para el {date}}}} other {{tone, select, diplomatic {{count} tareas según lo previsto} other {En plazo: {count} tareas}}}}',
  onTrackOpening:
    '{tone, select, diplomatic {Le escribo brevemente para decirle que {title} va según lo previsto para el {deadline}.} other {Una actualización rápida: {title} va en plazo para el {deadline}.}}',
  onTrackFigures:
    '{tone, select, diplomatic {Todavía faltan alrededor de {own} de trabajo y dispongo de {free} de tiempo de trabajo hasta entonces.} other {Faltan {own} y tengo {free} de tiempo de trabajo hasta entonces.}}',
  onTrackAsk:
    '{tone, select, diplomatic {Por ahora no necesita hacer nada; si algo cambia, se lo diré enseguida.} other {No necesito nada de ti; si algo cambia, te lo digo enseguida.}}',

  deliveredSubject:
    '{count, plural, one {{tone, select, diplomatic {{title}: trabajo terminado} other {Hecho: {title}}}} other {{tone, select, diplomatic {{count} tareas terminadas} other {Hecho: {count} tareas}}}}',
  deliveredOpening:
    '{tone, select, diplomatic {Me alegra comunicarle que terminé {title} el {date}{onTime, select, yes {, dentro del plazo} no {, más tarde del {firstDate} que prometí al principio} other {}}.} other {Hecho: terminé {title} el {date}{onTime, select, yes {, dentro del plazo} no {, más tarde del {firstDate} que prometí al principio} other {}}.}}',
  deliveredCredit:
    '{you, select, yes {{tone, select, diplomatic {Ha sido un trabajo en equipo: muchas gracias a usted{count, plural, =0 {} other { y a {names}}} por su colaboración.} other {¡Gracias a ti{count, plural, =0 { por tu ayuda} other { y a {names} por vuestra ayuda}}!}}} other {{tone, select, diplomatic {Ha sido un trabajo en equipo: muchas gracias a {names} por su colaboración.} other {¡Gracias a {names} por su ayuda!}}}}',
  deliveredAsk: '{tone, select, diplomatic {Si hay que cambiar algo, no dude en decírmelo.} other {Si algo no está bien, dímelo.}}',
  deliveredThanks: '{tone, select, diplomatic {Gracias por su paciencia mientras estaba en curso.} other {¡Gracias por esperar!}}',

  helpSubject:
    '{count, plural, one {{tone, select, diplomatic {¿Podría ayudarme con {title}?} other {¿Puedes encargarte de una parte de {title}?}}} other {{tone, select, diplomatic {¿Podría ayudarme con {count} tareas?} other {¿Me echas una mano con {count} tareas?}}}}',
  helpOpening:
    '{tone, select, diplomatic {¿Tendría tiempo de encargarse de alrededor de {hours} del trabajo de {title} antes del {deadline}?} other {¿Podrías encargarte de alrededor de {hours} del trabajo de {title} antes del {deadline}?}}',
  helpWhy:
    '{tone, select, diplomatic {Le explico por qué se lo pido: me faltan {short} de tiempo de trabajo hasta entonces{stakeholderCount, plural, =0 {} one {, y {stakeholders} cuenta con el resultado} other {, y {stakeholders} cuentan con el resultado}}.} other {Me faltan {short} hasta entonces{stakeholderCount, plural, =0 {} one {, y {stakeholders} espera el resultado} other {, y {stakeholders} esperan el resultado}}.}}',
  helpTheirTime:
    '{tone, select, diplomatic {Según su calendario, tiene alrededor de {freeHours} de tiempo libre hasta entonces, aunque usted conoce su semana mejor que yo.} other {Según tu calendario, tienes {freeHours} de tiempo libre hasta entonces.}}',
  helpAsk:
    '{tone, select, diplomatic {Si puede, respóndame y le enviaré lo que tengo hasta ahora. Si no le encaja, no pasa nada.} other {Si puedes, respóndeme y te paso lo que tengo hasta ahora. Si no, no pasa nada.}}',
  helpThanks: '{tone, select, diplomatic {¡Gracias por tenerlo en cuenta!} other {¡Gracias!}}',

  digestSubject: '{tone, select, diplomatic {Resumen semanal, {from} – {to}} other {Resumen de la semana: {from} – {to}}}',
  digestOpening:
    '{tone, select, diplomatic {Este es el estado de mi trabajo en la semana del {fromLong} al {toLong}.} other {Así va mi trabajo del {fromLong} al {toLong}:}}',
  digestHeading:
    '{section, select, done {Terminado} progress {En curso} risk {En riesgo, con nuevas fechas} help {Dónde necesito ayuda} other {Ausencias}}',
  digestDone:
    '{title}, el {date}{you, select, yes {; gracias a {tone, select, diplomatic {usted} other {ti}}{count, plural, =0 {} other { y a {names}}}} other {{count, plural, =0 {} other {; gracias a {names}}}}}',
  digestProgress: '{title}: en plazo para el {deadline}',
  digestRisk:
    '{title}: {state, select, overdue {con retraso} offTrack {fuera de plazo} other {en riesgo}}; {hasDate, select, yes {fecha prometida: {firstDate}; nueva fecha: {newDate}} other {fecha prometida: {firstDate}; nueva fecha: pendiente}}',
  digestHelp:
    '{title}: me faltan {short}{hasColleague, select, yes {; {colleague} podría encargarse de alrededor de {hours}} other {; busco a alguien que pueda encargarse de una parte}}',
  digestAway:
    '{who, select, me {Yo} other {{name}}}: {kind, select, holiday {festivo el {from} ({holiday})} other {{oneDay, select, yes {fuera de la oficina el {from}} other {fuera de la oficina desde el {from}; vuelve el {back}}}}}',
  digestEmpty:
    '{section, select, done {Nada terminado esta semana.} progress {Nada más en curso.} risk {Nada en riesgo.} help {Por ahora no necesito ayuda.} other {No hay ausencias previstas.}}',
  digestClosing: '{tone, select, diplomatic {Si tiene cualquier pregunta, no dude en escribirme.} other {¿Preguntas? Escríbeme.}}',

  briefSubject: 'Preparación: {meeting}, {moment}',
  briefOpening: 'Antes de {meeting} ({moment}): lo que tiene pendiente con {names} y cómo va su día.',
  briefAttendee: '{name} ({city})',
  briefDeadline: '{moment}, hora de {city}{mine, select, sameDay { (para usted, las {myTime})} otherDay { (para usted, {myMoment})} other {}}',
  briefOwes:
    '{title}: {state, select, onTrack {en plazo para el {deadline}} atRisk {en riesgo para el {deadline}{hasDate, select, yes {; podría prometer el {newDate}} other {}}} offTrack {no se cumplirá el plazo del {deadline}{hasDate, select, yes {; podría prometer el {newDate}} other {}}} overdue {con retraso desde el {deadline}{hasDate, select, yes {; podría prometer el {newDate}} other {}}} later {vence el {deadline}} other {sin fecha}}',
  briefOwesNothing: 'Ahora mismo no tiene nada pendiente con {name}.',
  briefLocalTime:
    'Para {name} son las {time}, {part, select, beforeHours {antes de que empiece su jornada} inHours {dentro de su horario laboral} lateInDay {al final de su jornada} afterHours {fuera de su horario laboral} other {un día libre}}.',
  briefHoliday: '{when, select, today {Hoy es festivo para {name} ({holiday}).} other {Mañana es festivo para {name} ({holiday}).}}',
  briefWeekendStarts: 'El fin de semana de {name} empieza mañana.',
  briefAway: '{name} estará fuera de la oficina del {from} al {until}.',
};
