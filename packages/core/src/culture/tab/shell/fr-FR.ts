import type { Phrases } from '../../create-messages.js';
import type { ShellTextId } from './en-US.js';

/** French. */
export const frFR: Phrases<ShellTextId> = {
  productName: 'Upfront',
  tagline: 'Les échéances à risque, repérées avant qu’elles ne glissent',
  starting: 'Démarrage d’Upfront…',
  startFailedTitle: 'Upfront n’a pas pu démarrer',
  startFailedDetail: 'Teams ou Outlook n’a pas répondu à temps. Rechargez l’onglet pour réessayer.',
  tokenFailedTitle: 'Upfront n’a pas pu vous connecter',
  tokenFailedDetail:
    'Votre connexion n’a pas pu être lue depuis {hostName, select, outlook {Outlook} other {Teams}} ({reason}). Réessayez ; si le problème persiste, déconnectez-vous puis reconnectez-vous.',
  tryAgain: 'Réessayer',
  reloadToRetry: 'Rechargez la page pour réessayer.',
  navLabel: 'Vues d’Upfront',
  viewRisks: 'Risques',
  viewUpdates: 'Nouvelles',
  viewPeople: 'Personnes',
  viewSettings: 'Paramètres',
  loadingView: 'Chargement…',
  signInHeading: 'Connectez-vous en tant que membre de l’organisation de démonstration',
  signInIntro:
    'Ceci est une démonstration avec des personnes fictives réparties sur plusieurs fuseaux horaires. Choisissez-en une pour voir ses engagements tels qu’Upfront les voit. Dans Teams et Outlook, Upfront vous connecte plutôt avec votre propre compte professionnel.',
  signInPeople: 'Membres de l’organisation de démonstration',
  signInLoading: 'Chargement des membres de l’organisation de démonstration…',
  signInNoPeople: 'L’organisation de démonstration ne compte encore personne.',
  signInWhereNow: '{place} · {time} en ce moment',
  signingIn: 'Connexion en cours',
  signedInAs: 'Connecté en tant que {name}.',
  openInHostTitle: 'Ouvrez Upfront dans Teams ou Outlook',
  openInHostDetail:
    'Upfront vous connecte avec votre compte professionnel dans Microsoft Teams ou Outlook. Ajoutez-y l’application et ouvrez-la depuis la barre des applications.',
  switchPerson: 'Changer de personne',
  consentTitle: 'Upfront a besoin de votre autorisation',
  consentDetail:
    'Pour repérer les échéances à risque, Upfront lit votre calendrier, vos tâches et les paramètres de votre boîte aux lettres, et enregistre des brouillons dans votre Outlook. Accordez-la une fois ; Upfront n’envoie jamais de courrier à votre place.',
  consentGrant: 'Accorder les autorisations',
  consentWaiting: 'En attente de la fenêtre d’autorisation…',
  consentNotGranted: 'Les autorisations n’ont pas été accordées ({reason}). Accordez-les pour continuer.',
  consentStillMissing: 'Les autorisations ne sont pas encore actives. Patientez un instant, puis accordez-les de nouveau.',
  consentGranted: 'Autorisations accordées.',
  consentChecking: 'Vérification de vos autorisations…',
  authOpening: 'Ouverture de la page de connexion Microsoft…',
  authCouldNotOpen: 'La page de connexion n’a pas pu s’ouvrir ({reason}). Fermez cette fenêtre et réessayez.',
  authDone: 'Terminé. Cette fenêtre se ferme d’elle-même.',
  authRefused: 'Les autorisations n’ont pas été accordées ({reason}). Vous pouvez fermer cette fenêtre.',
  viewFailedTitle: 'Cette vue n’a pas pu s’afficher',
  viewFailedDetail: 'Un problème est survenu dans Upfront pendant son affichage ({reason}). Les autres vues fonctionnent toujours.',
};
