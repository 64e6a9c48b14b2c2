import type { SendEndpoint } from '../state/send-call-log.js';
import type { SimRuntime } from '../state/sim-runtime.js';
import type { SimMailbox, SimPerson } from '../state/types.js';
import type { AuthContext, GraphRequest, GraphResponse } from './graph-http.js';

export interface RouteCtx {
  rt: SimRuntime;
  req: GraphRequest;
  auth: AuthContext;
  /** The user the path is about (`/me` or `/users/{id|upn}`), when the route is user-scoped. */
  subject: SimPerson | undefined;
  params: Record<string, string>;
  /** `@odata.context` prefix for the subject: `https://…/v1.0/$metadata#users('id')`. */
  contextBase: string;
  baseUrl: string;
  requestId: string;
}

export interface RouteDef {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** `~` stands for the user root (`/me` or `/users/{id}`); `:name` captures a segment. */
  pattern: string;
  /** Delegated scopes, any of which allows the call. Empty = delegated not allowed. */
  delegated: readonly string[];
  /** Application roles, any of which allows the call. Empty = app-only not allowed. */
  app: readonly string[];
  /** Exchange mailbox data: delegated callers reach only their own mailbox; app-only callers only mailboxes in the access policy. */
  mailbox?: boolean;
  /** The code and message of the 403 this resource family answers. */
  deny?: { code: string; message: string };
  /** The v1.0 schema type of a JSON body (`event`, `getSchedule(calendar)`): read as Graph reads it before the handler runs. */
  body?: string;
  /** A send endpoint: every call is counted per app, and the Upfront app is refused (it has no Mail.Send). */
  sends?: SendEndpoint;
  handler(ctx: RouteCtx): GraphResponse | Promise<GraphResponse>;
}

export function subjectOf(ctx: RouteCtx): SimPerson {
  if (!ctx.subject) throw new Error('route without subject');
  return ctx.subject;
}

export function mailboxOf(ctx: RouteCtx): SimMailbox {
  return ctx.rt.mailbox(subjectOf(ctx));
}

export const SCOPES = {
  userSelf: { delegated: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], app: ['User.Read.All', 'User.ReadBasic.All', 'Directory.Read.All'] },
  userOther: { delegated: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], app: ['User.Read.All', 'User.ReadBasic.All', 'Directory.Read.All'] },
  settingsRead: { delegated: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'], app: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'] },
  settingsWrite: { delegated: ['MailboxSettings.ReadWrite'], app: ['MailboxSettings.ReadWrite'] },
  calRead: { delegated: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'], app: ['Calendars.ReadBasic.All', 'Calendars.Read', 'Calendars.ReadWrite'] },
  calWrite: { delegated: ['Calendars.ReadWrite'], app: ['Calendars.ReadWrite'] },
  tasksRead: { delegated: ['Tasks.Read', 'Tasks.ReadWrite'], app: ['Tasks.Read.All', 'Tasks.ReadWrite.All'] },
  tasksWrite: { delegated: ['Tasks.ReadWrite'], app: ['Tasks.ReadWrite.All'] },
  plannerRead: { delegated: ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'], app: ['Tasks.Read.All', 'Tasks.ReadWrite.All'] },
  plannerWrite: { delegated: ['Tasks.ReadWrite', 'Group.ReadWrite.All'], app: ['Tasks.ReadWrite.All'] },
  people: { delegated: ['People.Read', 'People.Read.All'], app: ['People.Read.All'] },
  mailRead: { delegated: ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'], app: ['Mail.ReadBasic.All', 'Mail.Read', 'Mail.ReadWrite'] },
  mailWrite: { delegated: ['Mail.ReadWrite'], app: ['Mail.ReadWrite'] },
  mailSend: { delegated: ['Mail.Send'], app: ['Mail.Send'] },
  groupMembers: { delegated: ['GroupMember.Read.All', 'Group.Read.All', 'GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.Read.All'],
    app: ['GroupMember.Read.All', 'Group.Read.All', 'GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.Read.All'] },
  mailTips: { delegated: ['Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic'], app: ['Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic.All'] },
} as const;

export const DENY = {
  outlook: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' },
  directory: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  planner: { code: '', message: 'You do not have the required permissions to access this item.' },
} as const;
