import type { Phrases } from '../../create-messages.js';
import type { ShellTextId } from './en-US.js';

/** Spanish. */
export const esES: Phrases<ShellTextId> = {
  productName: 'Upfront',
  tagline: 'Plazos en riesgo, detectados antes de que se escapen',
  starting: 'Iniciando Upfront…',
  startFailedTitle: 'Upfront no ha podido iniciarse',
  startFailedDetail: 'Teams u Outlook no ha respondido a tiempo. Vuelve a cargar la pestaña para intentarlo de nuevo.',
  tokenFailedTitle: 'Upfront no ha podido iniciar tu sesión',
  tokenFailedDetail:
    'No se ha podido leer tu inicio de sesión desde {hostName, select, outlook {Outlook} other {Teams}} ({reason}). Inténtalo de nuevo; si sigue fallando, cierra la sesión y vuelve a entrar.',
  tryAgain: 'Reintentar',
  reloadToRetry: 'Vuelve a cargar la página para intentarlo de nuevo.',
  navLabel: 'Vistas de Upfront',
  viewRisks: 'Riesgos',
  viewUpdates: 'Novedades',
  viewPeople: 'Personas',
  viewSettings: 'Configuración',
  loadingView: 'Cargando…',
  signInHeading: 'Inicia sesión como una persona de la organización de demostración',
  signInIntro:
    'Esto es una demostración con personas ficticias en varias zonas horarias. Elige una para ver sus compromisos tal como los ve Upfront. En Teams y Outlook, Upfront inicia tu sesión con tu propia cuenta de trabajo.',
  signInPeople: 'Personas de la organización de demostración',
  signInLoading: 'Cargando las personas de la organización de demostración…',
  signInNoPeople: 'La organización de demostración aún no tiene personas.',
  signInWhereNow: '{place} · allí son las {time}',
  signingIn: 'Iniciando sesión',
  signedInAs: 'Sesión iniciada como {name}.',
  openInHostTitle: 'Abre Upfront en Teams u Outlook',
  openInHostDetail:
    'Upfront inicia tu sesión con tu cuenta de trabajo dentro de Microsoft Teams u Outlook. Añade allí la aplicación y ábrela desde la barra de aplicaciones.',
  switchPerson: 'Cambiar de persona',
  consentTitle: 'Upfront necesita tu permiso',
  consentDetail:
    'Para encontrar plazos en riesgo, Upfront lee tu calendario, tus tareas y la configuración de tu buzón, y guarda borradores en tu Outlook. Concédelo una vez; Upfront nunca envía correo por ti.',
  consentGrant: 'Conceder permisos',
  consentWaiting: 'Esperando a la ventana de permisos…',
  consentNotGranted: 'No se han concedido los permisos ({reason}). Concédelos para continuar.',
  consentStillMissing: 'Los permisos aún no están activos. Espera un momento y vuelve a concederlos.',
  consentGranted: 'Permisos concedidos.',
  consentChecking: 'Comprobando tus permisos…',
  authOpening: 'Abriendo la página de inicio de sesión de Microsoft…',
  authCouldNotOpen: 'No se ha podido abrir la página de inicio de sesión ({reason}). Cierra esta ventana y vuelve a intentarlo.',
  authDone: 'Listo. Esta ventana se cierra sola.',
  authRefused: 'No se han concedido los permisos ({reason}). Puedes cerrar esta ventana.',
  viewFailedTitle: 'No se ha podido mostrar esta vista',
  viewFailedDetail: 'Algo ha fallado en Upfront al mostrarla ({reason}). Las demás vistas siguen funcionando.',
};
