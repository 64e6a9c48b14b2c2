/** Fixed identities of the simulated tenant and of the Upfront app registration in it. */
export const DEMO_TENANT_ID = '5b0c5a3e-8a4f-4f7b-9d2e-2c1f6f0a9d11';
export const DEMO_APP_CLIENT_ID = '9f4e2c1a-6b7d-4e8f-a1b2-c3d4e5f60718';
export const DEMO_APP_CLIENT_SECRET = 'upfront-demo-secret';
/** Microsoft Teams desktop/mobile client id: the `azp` of Teams SSO tokens. */
export const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';
/** Graph Explorer's client id: the app of `POST /demo/graph-token` person tokens (a Graph-Explorer-like set). */
export const GRAPH_EXPLORER_CLIENT_ID = 'de8bc8b5-d9f9-48b1-a8ad-b748da725064';
/** Outlook on the web's client id: the app a demo person sends with (`POST /demo/mailbox/{upn}/messages/{id}/send`). */
export const OUTLOOK_CLIENT_ID = '9199bf20-a13f-4107-85dc-02114787ef48';
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
export const DEMO_DOMAIN = 'northwind.example';
/** Delegated Graph permissions the tenant admin consented to for the Upfront app (OBO with `.default`). */
export const APP_DELEGATED_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'MailboxSettings.Read',
  'Calendars.ReadBasic',
  'Calendars.Read.Shared',
  'Tasks.Read',
  'Mail.ReadWrite',
  'People.Read',
  // The members of her plans' groups (colleagues who could help): the least privilege for /groups/{id}/members.
  'GroupMember.Read.All',
  // The meeting side panel: the chat's join URL (GET /chats/{id}) and the online meeting with it.
  'Chat.ReadBasic',
  'OnlineMeetings.Read',
] as const;
/** Application permissions (app roles) granted to the Upfront app (client credentials). */
export const APP_APPLICATION_ROLES = ['User.Read.All', 'Calendars.Read', 'MailboxSettings.Read', 'Tasks.Read.All', 'Mail.ReadWrite', 'GroupMember.Read.All'] as const;
/** What `POST /demo/graph-token` grants by default: a Graph-Explorer-like set, so any scenario can be built through Graph. */
export const DEMO_GRAPH_TOKEN_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'MailboxSettings.ReadWrite',
  'Calendars.ReadWrite',
  'Calendars.Read.Shared',
  'Tasks.ReadWrite',
  'Mail.ReadWrite',
  'Mail.Send',
  'People.Read',
  'GroupMember.Read.All',
  'Chat.ReadBasic',
  'OnlineMeetings.Read',
] as const;
