import { DateTime } from 'luxon';
import type { SimRuntime } from '../state/sim-runtime.js';
import type { SimMailboxSettings, SimMessage, SimPerson, SimPlannerPlan, SimPlannerTask, SimRecipient, SimTodoList, SimTodoTask } from '../state/types.js';
import { toDateTimeTimeZone, toGraphLocal } from '../time/graph-time.js';
import { toIanaZone } from '../time/windows-zones.js';
import type { EventInstance } from './expand-events.js';
import { joinWebUrlOf } from '../meetings/online-meetings.js';

const etag = (s: string) => `W/"${s}"`;
const changeKeyOf = (id: string, version: number) => Buffer.from(`${id.slice(-12)}:${version}`).toString('base64');

export function toGraphUser(p: SimPerson): Record<string, unknown> {
  return {
    businessPhones: p.businessPhones, displayName: p.displayName, givenName: p.givenName, jobTitle: p.jobTitle,
    mail: p.userPrincipalName, mobilePhone: p.mobilePhone, officeLocation: p.officeLocation, preferredLanguage: p.preferredLanguage,
    surname: p.surname, userPrincipalName: p.userPrincipalName, id: p.id,
  };
}

/** Properties `$select` may add to a user beyond the default set. */
export function toGraphUserFull(p: SimPerson, settings: SimMailboxSettings): Record<string, unknown> {
  return {
    ...toGraphUser(p), department: p.department, city: p.city, country: p.country, usageLocation: p.country.slice(0, 2),
    mailboxSettings: toGraphMailboxSettings(settings), accountEnabled: true, companyName: 'Northwind', userType: 'Member',
    // Intune's per-user enrollment limit: 5 unless an admin raised it (allowed values 5 or 1000).
    deviceEnrollmentLimit: 5,
    // Every work account signs in with its UPN, issued by the tenant's domain.
    identities: [{ signInType: 'userPrincipalName', issuer: p.userPrincipalName.split('@')[1] ?? '', issuerAssignedId: p.userPrincipalName }],
  };
}

export function toGraphMailboxSettings(s: SimMailboxSettings): Record<string, unknown> {
  const a = s.automaticRepliesSetting;
  return {
    archiveFolder: 'AAMkADarchive=',
    timeZone: s.timeZone,
    automaticRepliesSetting: {
      status: a.status, externalAudience: a.externalAudience,
      scheduledStartDateTime: toDateTimeTimeZone(a.scheduledStartAt, 'UTC'),
      scheduledEndDateTime: toDateTimeTimeZone(a.scheduledEndAt, 'UTC'),
      internalReplyMessage: a.internalReplyMessage, externalReplyMessage: a.externalReplyMessage,
    },
    language: { ...s.language },
    workingHours: { ...s.workingHours, daysOfWeek: [...s.workingHours.daysOfWeek], timeZone: { ...s.workingHours.timeZone } },
    userPurpose: { value: s.userPurpose },
    dateFormat: s.dateFormat,
    timeFormat: s.timeFormat,
    delegateMeetingMessageDeliveryOptions: s.delegateMeetingMessageDeliveryOptions,
  };
}

const email = (r: SimRecipient) => ({ emailAddress: { name: r.name, address: r.address } });

/** An event (or occurrence) as Graph returns it, times in `zoneName` (`UTC` unless `Prefer: outlook.timezone`). */
export function toGraphEvent(inst: EventInstance, zoneName: string): Record<string, unknown> {
  const ev = inst.ev;
  const when = (iso: string) => {
    if (!ev.isAllDay) return toDateTimeTimeZone(iso, zoneName);
    const local = DateTime.fromISO(iso, { zone: 'utc' }).setZone(ev.zone).startOf('day');
    return { dateTime: toGraphLocal(local.setZone('utc', { keepLocalTime: true })), timeZone: zoneName };
  };
  const body = ev.bodyHtml;
  const preview = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255);
  return {
    '@odata.etag': etag(ev.changeKey),
    id: inst.id,
    createdDateTime: ev.createdAt,
    lastModifiedDateTime: ev.lastModifiedAt,
    changeKey: ev.changeKey,
    categories: [...ev.categories],
    transactionId: ev.transactionId,
    originalStartTimeZone: ev.originalZoneName,
    originalEndTimeZone: ev.originalZoneName,
    iCalUId: ev.iCalUId,
    reminderMinutesBeforeStart: ev.reminderMinutesBeforeStart,
    isReminderOn: !ev.isAllDay,
    hasAttachments: false,
    subject: ev.subject,
    bodyPreview: preview,
    importance: ev.importance,
    sensitivity: ev.sensitivity,
    isAllDay: ev.isAllDay,
    isCancelled: ev.isCancelled,
    isOrganizer: ev.response === 'organizer',
    responseRequested: true,
    seriesMasterId: inst.seriesMasterId,
    showAs: ev.showAs,
    type: inst.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(inst.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: ev.isOnlineMeeting,
    onlineMeetingProvider: ev.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: ev.response, time: ev.responseAt },
    body: { contentType: 'html', content: body },
    start: when(inst.startAt),
    end: when(inst.endAt),
    location: ev.location,
    locations: ev.location['displayName'] ? [ev.location] : [],
    recurrence: inst.type === 'seriesMaster' ? ev.recurrence : null,
    attendees: ev.attendees.map((a) => ({ type: a.type, status: { response: a.response, time: a.responseAt }, emailAddress: { name: a.name, address: a.address } })),
    organizer: email(ev.organizer),
    onlineMeeting: ev.isOnlineMeeting ? { joinUrl: joinWebUrlOf(ev) } : null,
  };
}

/** Outlook's zone for a Prefer header value; undefined when unknown (the header is then ignored). */
export function preferredZone(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return toIanaZone(value) ? value : undefined;
}

export function toGraphTodoList(l: SimTodoList): Record<string, unknown> {
  return { '@odata.etag': etag(changeKeyOf(l.id, 1)), '@odata.type': '#microsoft.graph.todoTaskList', id: l.id, displayName: l.displayName, isOwner: l.isOwner, isShared: l.isShared, wellknownListName: l.wellknownListName };
}

export function toGraphChecklistItem(c: SimTodoTask['checklistItems'][number]): Record<string, unknown> {
  return { displayName: c.displayName, createdDateTime: c.createdAt, ...(c.checkedAt ? { checkedDateTime: c.checkedAt } : {}), isChecked: c.isChecked, id: c.id };
}

export function toGraphTodoTask(t: SimTodoTask, expandChecklist = false): Record<string, unknown> {
  return {
    '@odata.etag': etag(changeKeyOf(t.id, t.etagVersion)),
    importance: t.importance,
    isReminderOn: t.isReminderOn,
    status: t.status,
    title: t.title,
    createdDateTime: t.createdAt,
    lastModifiedDateTime: t.lastModifiedAt,
    bodyLastModifiedDateTime: t.lastModifiedAt,
    hasAttachments: false,
    categories: [...t.categories],
    id: t.id,
    body: { content: t.bodyText, contentType: 'text' },
    ...(t.due ? { dueDateTime: { ...t.due } } : {}),
    ...(t.completedAt ? { completedDateTime: toDateTimeTimeZone(t.completedAt, 'UTC') } : {}),
    linkedResources: t.linkedResources.map((r) => ({ ...r })),
    ...(expandChecklist ? { checklistItems: t.checklistItems.map(toGraphChecklistItem) } : {}),
  };
}

export function plannerEtag(id: string, version: number): string {
  return etag(Buffer.from(`${id}:${version}`).toString('base64').slice(-24));
}

const identitySet = (userId: string) => ({ user: { displayName: null, id: userId } });

export function toGraphPlannerTask(t: SimPlannerTask): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag(t.id, t.etagVersion),
    planId: t.planId,
    bucketId: t.bucketId,
    title: t.title,
    orderHint: t.orderHint,
    assigneePriority: '',
    percentComplete: t.percentComplete,
    startDateTime: t.startAt,
    createdDateTime: t.createdAt,
    dueDateTime: t.dueAt,
    hasDescription: t.description.length > 0,
    previewType: 'automatic',
    completedDateTime: t.completedAt,
    completedBy: t.completedBy ? identitySet(t.completedBy) : null,
    referenceCount: Object.keys(t.references).length,
    checklistItemCount: Object.keys(t.checklist).length,
    activeChecklistItemCount: Object.values(t.checklist).filter((c) => !c.isChecked).length,
    conversationThreadId: null,
    priority: t.priority,
    id: t.id,
    createdBy: identitySet(t.createdBy),
    appliedCategories: {},
    assignments: Object.fromEntries(Object.entries(t.assignments).map(([uid, a]) => [uid, {
      '@odata.type': '#microsoft.graph.plannerAssignment', assignedDateTime: a.assignedAt, orderHint: a.orderHint, assignedBy: identitySet(a.assignedBy),
    }])),
  };
}

export function toGraphPlannerDetails(t: SimPlannerTask): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag(`${t.id}-details`, t.etagVersion),
    description: t.description,
    previewType: 'automatic',
    id: t.id,
    references: Object.fromEntries(Object.entries(t.references).map(([k, r]) => [k, {
      '@odata.type': '#microsoft.graph.plannerExternalReference', alias: r.alias, type: r.type, previewPriority: r.previewPriority,
      lastModifiedDateTime: r.lastModifiedAt, lastModifiedBy: identitySet(r.lastModifiedBy),
    }])),
    checklist: Object.fromEntries(Object.entries(t.checklist).map(([k, c]) => [k, {
      '@odata.type': '#microsoft.graph.plannerChecklistItem', isChecked: c.isChecked, title: c.title, orderHint: c.orderHint,
      lastModifiedDateTime: c.lastModifiedAt, lastModifiedBy: identitySet(c.lastModifiedBy),
    }])),
  };
}

export function toGraphPlan(p: SimPlannerPlan, baseUrl: string): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag(p.id, p.etagVersion),
    createdDateTime: p.createdAt,
    owner: p.groupId,
    title: p.title,
    id: p.id,
    createdBy: { application: { displayName: null, id: '09abbdfd-ed23-44ee-a2d9-a627aa1c90f3' }, user: { displayName: null, id: p.createdBy } },
    container: { '@odata.type': 'microsoft.graph.plannerPlanContainer', containerId: p.groupId, type: 'group', url: `${baseUrl}/v1.0/groups/${p.groupId}` },
  };
}

export function toGraphMessage(m: SimMessage, rt: SimRuntime): Record<string, unknown> {
  const preview = m.bodyContent.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255);
  const rcpt = (r: SimRecipient) => ({ emailAddress: { name: r.name || rt.personByAddress(r.address)?.displayName || r.address, address: r.address } });
  return {
    '@odata.etag': etag(m.changeKey),
    id: m.id,
    createdDateTime: m.createdAt,
    lastModifiedDateTime: m.lastModifiedAt,
    changeKey: m.changeKey,
    categories: [...m.categories],
    receivedDateTime: m.receivedAt,
    sentDateTime: m.sentAt ?? m.createdAt,
    hasAttachments: false,
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: preview,
    importance: m.importance,
    parentFolderId: folderIdOf(m.folder),
    conversationId: m.conversationId,
    conversationIndex: Buffer.from(m.conversationId.slice(0, 22)).toString('base64'),
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: m.isRead,
    isDraft: m.isDraft,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(m.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body: { contentType: m.bodyContentType, content: m.bodyContent },
    sender: rcpt(m.from),
    from: rcpt(m.from),
    toRecipients: m.toRecipients.map(rcpt),
    ccRecipients: m.ccRecipients.map(rcpt),
    bccRecipients: m.bccRecipients.map(rcpt),
    replyTo: [],
    flag: { flagStatus: m.flagStatus },
  };
}

export function folderIdOf(folder: SimMessage['folder']): string {
  return `AAMkADfolder${folder}AAA=`;
}
