// The demo "Teams preview" host (served at /demo-host/ on this machine only, when the demo sign-in relay is
// configured). It frames the real tab on this origin and answers the teams-js message protocol the way Teams
// does — initialize, getContext, authentication.getAuthToken (a real token from the server's demo relay),
// authentication.authenticate (a fixed success), appInitialization.* — and pushes themeChange live, as the
// browser tests' host does (packages/server/test/e2e/support/teams-host.ts). This is a developer's demo page,
// not the product: its words are English on purpose and never reach the tab.
/* global document, window, Option */ // a browser script, run by the demo host page
'use strict';

const $ = (id) => document.getElementById(id);
const iframe = $('tab');
const controls = { person: $('person'), surface: $('surface'), meeting: $('meeting'), theme: $('theme'), locale: $('locale') };
const say = (text) => { $('status').textContent = text; };

/** What each surface tells teams-js: its frame context and host. */
const SURFACES = {
  teams: { frameContext: 'content', hostName: 'TeamsModern' },
  outlook: { frameContext: 'content', hostName: 'Outlook' },
  sidePanel: { frameContext: 'sidePanel', hostName: 'TeamsModern' },
};

const runtimeFor = (hostName) => JSON.stringify({ apiVersion: 4, supports: {
  app: { notifySuccessResponse: {} }, appInstallDialog: {}, dialog: { url: {}, update: {} },
  pages: { appButton: {}, tabs: {}, config: {}, backStack: {} }, teamsCore: {}, meeting: {},
  ...(hostName.startsWith('Outlook') ? { mail: {}, calendar: {} } : { chat: {}, call: {} }),
} });

async function getJson(url, init) {
  const res = await fetch(url, init);
  if (!res.ok) {
    const problem = await res.json().catch(() => ({}));
    throw new Error(problem.detail ?? `${url} answered ${res.status}`);
  }
  return res.json();
}

/** The context the framed tab was opened with; read by every answer, so a reload picks up the controls. */
const current = () => {
  const surface = SURFACES[controls.surface.value];
  const upn = controls.person.value;
  const chatId = controls.surface.value === 'sidePanel' ? controls.meeting.value : '';
  return {
    ...surface,
    runtime: runtimeFor(surface.hostName),
    context: {
      locale: controls.locale.value, theme: controls.theme.value, entityId: 'home', frameContext: surface.frameContext,
      hostName: surface.hostName, hostClientType: 'web', userObjectId: 'host-user', tid: 'host-tenant', appSessionId: 'preview',
      userPrincipalName: upn, ...(chatId ? { chatId, meetingId: `meeting-${chatId}` } : {}),
    },
  };
};

const reply = (req, args) => iframe.contentWindow.postMessage({ id: req.id, uuidAsString: req.uuidAsString, args }, window.location.origin);

const handlers = {
  initialize: () => { const c = current(); return [c.frameContext, 'web', c.runtime, '2.58.0']; },
  getContext: () => [current().context],
  'authentication.getAuthToken': async () => {
    try {
      const { token } = await getJson('/demo-auth/sso-token', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userPrincipalName: controls.person.value }),
      });
      return [true, token];
    } catch (error) {
      say(`No token: ${error.message}`);
      return [false, 'resourceRequiresConsent'];
    }
  },
  'authentication.authenticate': () => [true, ''],
  'appInitialization.success': () => [],
};

window.addEventListener('message', async (ev) => {
  if (ev.source !== iframe.contentWindow || ev.origin !== window.location.origin || typeof ev.data?.func !== 'string') return;
  const handler = handlers[ev.data.func];
  if (handler) reply(ev.data, await handler(ev.data));
});

/** (Re)opens the tab as the controls say — Teams, too, reloads a tab for a new person, surface or locale. */
function openTab() {
  writeAddress();
  const sidePanel = controls.surface.value === 'sidePanel';
  $('stage').className = sidePanel ? 'sidePanel' : '';
  if (sidePanel && !controls.meeting.value) {
    iframe.removeAttribute('src');
    return say('This person has no Teams meeting in the next 14 days.');
  }
  iframe.src = '/'; // assigning src reloads the tab even when it is the same address
  const meeting = controls.meeting.selectedOptions[0]?.textContent ?? '';
  say(`Showing ${controls.person.selectedOptions[0]?.textContent ?? ''}, ${controls.surface.selectedOptions[0]?.textContent ?? ''}${sidePanel ? ` for ${meeting}` : ''}.`);
}

async function loadMeetings() {
  controls.meeting.replaceChildren();
  const { value } = await getJson(`/demo-auth/meetings/${encodeURIComponent(controls.person.value)}`);
  for (const m of value) {
    controls.meeting.append(new Option(`${m.subject} (${m.start.slice(0, 16).replace('T', ' ')} UTC)`, m.chatId));
  }
}

function syncMeetingControl() {
  controls.meeting.disabled = controls.surface.value !== 'sidePanel';
}

/** The choices live in the address too (`/demo-host/?surface=sidePanel&theme=dark`), so a link opens a surface. */
function readAddress() {
  const query = new URLSearchParams(window.location.search);
  for (const name of ['person', 'surface', 'theme', 'locale']) {
    const wanted = query.get(name);
    if (wanted !== null && [...controls[name].options].some((o) => o.value === wanted)) controls[name].value = wanted;
  }
  return query.get('meeting');
}

function writeAddress() {
  const query = new URLSearchParams();
  for (const name of ['person', 'surface', 'meeting', 'theme', 'locale']) if (controls[name].value && !controls[name].disabled) query.set(name, controls[name].value);
  window.history.replaceState(null, '', `?${query}`);
}

async function start() {
  const { value } = await getJson('/demo-auth/users');
  for (const u of value) controls.person.append(new Option(u.jobTitle ? `${u.displayName} — ${u.jobTitle}` : u.displayName, u.userPrincipalName));
  const meeting = readAddress();
  document.body.className = controls.theme.value === 'default' ? '' : controls.theme.value;
  await loadMeetings();
  if (meeting !== null && [...controls.meeting.options].some((o) => o.value === meeting)) controls.meeting.value = meeting;
  syncMeetingControl();
  controls.person.addEventListener('change', async () => { await loadMeetings(); openTab(); });
  controls.surface.addEventListener('change', () => { syncMeetingControl(); openTab(); });
  controls.meeting.addEventListener('change', openTab);
  controls.locale.addEventListener('change', openTab);
  // The theme switches live, as when a person changes it in Teams' settings: no reload.
  controls.theme.addEventListener('change', () => {
    document.body.className = controls.theme.value === 'default' ? '' : controls.theme.value;
    iframe.contentWindow?.postMessage({ func: 'themeChange', args: [controls.theme.value] }, window.location.origin);
    say(`Theme: ${controls.theme.selectedOptions[0]?.textContent ?? ''}.`);
    writeAddress();
  });
  openTab();
}

start().catch((error) => say(`The preview could not start: ${error.message}. Is the Graph simulator running?`));
