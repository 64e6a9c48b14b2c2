/** Where the tab runs. Teams and the Microsoft 365 app are 'teams'; every Outlook client is 'outlook'. */
export type HostKind = 'teams' | 'outlook' | 'browser';

/** The theme family the tab renders with. */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** Maps teams-js `app.host.name` ("Teams", "TeamsModern", "Outlook", "OutlookWin32", "Office", …) to a host kind. */
export function toHostKind(hostName: string | undefined): HostKind {
  if (hostName === undefined) return 'teams';
  return hostName.toLowerCase().startsWith('outlook') ? 'outlook' : 'teams';
}

/** Maps the host's theme ("default", "dark", "contrast", "glass") to ours; unknown themes read as light. */
export function toThemeName(hostTheme: string | undefined): ThemeName {
  if (hostTheme === 'dark') return 'dark';
  if (hostTheme === 'contrast') return 'contrast';
  return 'light';
}

/** Where in the host the page is shown, from teams-js `page.frameContext`: a meeting's side panel, else a full tab. */
export function toFrameKind(frameContext: string | undefined): 'content' | 'side-panel' {
  return frameContext === 'sidePanel' ? 'side-panel' : 'content';
}
