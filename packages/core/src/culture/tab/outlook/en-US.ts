/**
 * The Outlook add-in pane's words in American English; every other locale implements these ids. A day part is a
 * select key in camelCase (`beforeHours`, `afterHours`, `dayOff`): ICU keys cannot hold `-`. Item states are
 * written by the Risks view's badge (`RISKS_TEXT.stateName`), so they read the same everywhere.
 */
export const enUS = {
  paneLabel: 'Upfront',
  starting: 'Starting Upfront…',
  loading: 'Looking up what you owe the people in this message…',
  noMessageTitle: 'No message open',
  noMessageBody: 'Open or write a message in Outlook, then open Upfront again to see what you owe its people.',
  noRecipients: 'Add recipients to see what you owe them.',
  composeHeading: 'What you owe your recipients',
  readHeading: 'What you owe the sender',
  peopleLabel: 'People in this message',
  localNow: '{time} for {name} · {city}',
  owedNone: 'You owe {name} nothing due in the next two weeks.',
  owedLabel: 'What you owe {name}',
  unknownPerson: 'Upfront knows nothing due to {address}.',
  dueTheirTime: 'Due {moment} their time',
  promiseOn: 'Promise {date}',
  promiseNone: 'No date fits in the calendar read so far',
  awayNow: '{name} is out of office until {end}.',
  awayLater: '{name} is out of office from {start} until {end}.',
  outsideHours:
    '{part, select, beforeHours {It is {time} for {name}: their working day has not begun.} afterHours {It is {time} for {name}: their working day is over.} other {It is {time} for {name}, on their day off.}}',
  holidayToday: 'It is {time} for {name}, on a public holiday there ({holiday}).',
  warningsLabel: 'Before you send',
  insertUpdate: 'Insert update',
  insertHint: 'Puts the update Upfront wrote for {names} at your cursor, in their language.',
  inserted: 'Update inserted at your cursor.',
  insertedWithSubject: 'Update inserted at your cursor, and its subject added.',
  insertFailed: 'Outlook could not insert the update: {reason}',
  nothingToInsert: 'Nothing to tell them right now, so there is no update to insert.',
  deliverMorning: 'Deliver in their morning',
  deliverHint: 'When you send, Outlook holds the message until {moment} your time, the start of their working day.',
  deliverSet: 'Outlook will deliver the message at {moment} your time.',
  deliverFailed: 'Outlook could not set the delivery time: {reason}',
  deliverUnsupported: 'This Outlook cannot hold a message until their morning (it needs Mailbox 1.13). Send it at the start of their day yourself.',
  refresh: 'Refresh',
  refreshed: '{count, plural, one {Updated for # person.} other {Updated for # people.}}',
  signInFailedTitle: 'Outlook could not sign you in',
  signInFailedBody: 'Office answered: {reason}. Try again; if it keeps failing, sign out of Outlook and in again.',
  tryAgain: 'Try again',
  switchPerson: 'Switch person',
} as const;

export type OutlookTextId = keyof typeof enUS;
