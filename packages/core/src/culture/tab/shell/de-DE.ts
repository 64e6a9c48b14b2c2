import type { Phrases } from '../../create-messages.js';
import type { ShellTextId } from './en-US.js';

/** German. */
export const deDE: Phrases<ShellTextId> = {
  productName: 'Upfront',
  tagline: 'Gefährdete Termine erkennen, bevor sie platzen',
  starting: 'Upfront wird gestartet …',
  startFailedTitle: 'Upfront konnte nicht starten',
  startFailedDetail: 'Teams oder Outlook hat nicht rechtzeitig geantwortet. Laden Sie den Tab neu, um es noch einmal zu versuchen.',
  tokenFailedTitle: 'Upfront konnte Sie nicht anmelden',
  tokenFailedDetail:
    'Ihre Anmeldung konnte nicht von {hostName, select, outlook {Outlook} other {Teams}} gelesen werden ({reason}). Versuchen Sie es noch einmal; wenn es weiter fehlschlägt, melden Sie sich ab und wieder an.',
  tryAgain: 'Erneut versuchen',
  reloadToRetry: 'Laden Sie die Seite neu, um es noch einmal zu versuchen.',
  navLabel: 'Ansichten von Upfront',
  viewRisks: 'Risiken',
  viewUpdates: 'Updates',
  viewPeople: 'Personen',
  viewSettings: 'Einstellungen',
  loadingView: 'Wird geladen …',
  signInHeading: 'Als Person der Demo-Organisation anmelden',
  signInIntro:
    'Dies ist eine Demo mit erfundenen Personen in mehreren Zeitzonen. Wählen Sie eine aus, um ihre Zusagen so zu sehen, wie Upfront sie sieht. In Teams und Outlook meldet Upfront Sie stattdessen mit Ihrem eigenen Arbeitskonto an.',
  signInPeople: 'Personen der Demo-Organisation',
  signInLoading: 'Die Personen der Demo-Organisation werden geladen …',
  signInNoPeople: 'Die Demo-Organisation hat noch keine Personen.',
  signInWhereNow: '{place} · dort jetzt {time}',
  signingIn: 'Anmeldung läuft',
  signedInAs: 'Angemeldet als {name}.',
  openInHostTitle: 'Öffnen Sie Upfront in Teams oder Outlook',
  openInHostDetail:
    'Upfront meldet Sie in Microsoft Teams oder Outlook mit Ihrem Arbeitskonto an. Fügen Sie die App dort hinzu und öffnen Sie sie über die App-Leiste.',
  switchPerson: 'Person wechseln',
  consentTitle: 'Upfront braucht Ihre Zustimmung',
  consentDetail:
    'Um gefährdete Termine zu finden, liest Upfront Ihren Kalender, Ihre Aufgaben und Ihre Postfacheinstellungen und speichert Entwürfe in Ihrem Outlook. Stimmen Sie einmal zu; Upfront sendet nie E-Mails in Ihrem Namen.',
  consentGrant: 'Berechtigungen erteilen',
  consentWaiting: 'Warten auf das Berechtigungsfenster …',
  consentNotGranted: 'Die Berechtigungen wurden nicht erteilt ({reason}). Erteilen Sie sie, um fortzufahren.',
  consentStillMissing: 'Die Berechtigungen sind noch nicht wirksam. Warten Sie einen Moment und erteilen Sie sie erneut.',
  consentGranted: 'Berechtigungen erteilt.',
  consentChecking: 'Ihre Berechtigungen werden geprüft …',
  authOpening: 'Die Microsoft-Anmeldeseite wird geöffnet …',
  authCouldNotOpen: 'Die Anmeldeseite konnte nicht geöffnet werden ({reason}). Schließen Sie dieses Fenster und versuchen Sie es erneut.',
  authDone: 'Fertig. Dieses Fenster schließt sich von selbst.',
  authRefused: 'Die Berechtigungen wurden nicht erteilt ({reason}). Sie können dieses Fenster schließen.',
  viewFailedTitle: 'Diese Ansicht konnte nicht angezeigt werden',
  viewFailedDetail: 'Beim Anzeigen ist in Upfront ein Fehler aufgetreten ({reason}). Die anderen Ansichten funktionieren weiterhin.',
};
