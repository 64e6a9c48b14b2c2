/** The simulator's stored model: close to Graph's resources, with instants kept as UTC ISO strings. */

export interface SimPerson {
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  city: string;
  /** ISO 3166 country (with region where holidays need it), for date-holidays. */
  country: string;
  timeZone: string;
  preferredLanguage: string;
  businessPhones: string[];
  mobilePhone: string | null;
  managerId?: string;
  /** What this person's data shows in the demo (README table). */
  story: string;
}

export interface SimRecipient {
  name: string;
  address: string;
}

export interface SimAttendee extends SimRecipient {
  type: 'required' | 'optional' | 'resource';
  response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
  responseAt: string;
}

export interface SimRecurrence {
  pattern: {
    type: 'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
    interval: number;
    month: number;
    dayOfMonth: number;
    daysOfWeek: string[];
    firstDayOfWeek: string;
    index: string;
  };
  range: {
    type: 'endDate' | 'noEnd' | 'numbered';
    startDate: string;
    endDate: string;
    recurrenceTimeZone: string;
    numberOfOccurrences: number;
  };
}

export interface SimEvent {
  id: string;
  iCalUId: string;
  changeKey: string;
  createdAt: string;
  lastModifiedAt: string;
  subject: string;
  bodyHtml: string;
  /** For timed events: UTC instants. For all-day events: local midnights in `originalStartTimeZone`, as UTC instants. */
  startAt: string;
  endAt: string;
  /** IANA zone the event was created in (recurrence is expanded in it). */
  zone: string;
  /** Windows name Graph shows in originalStartTimeZone/originalEndTimeZone. */
  originalZoneName: string;
  isAllDay: boolean;
  isCancelled: boolean;
  showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  importance: 'low' | 'normal' | 'high';
  categories: string[];
  /** Graph `location` object as stored. */
  location: Record<string, unknown>;
  isOnlineMeeting: boolean;
  organizer: SimRecipient;
  attendees: SimAttendee[];
  /** The mailbox owner's own response. */
  response: SimAttendee['response'];
  responseAt: string;
  recurrence: SimRecurrence | null;
  type: 'singleInstance' | 'seriesMaster';
  reminderMinutesBeforeStart: number;
  transactionId: string | null;
  /** Change sequence (delta). */
  seq: number;
}

export interface SimChecklistItem {
  id: string;
  displayName: string;
  isChecked: boolean;
  createdAt: string;
  checkedAt?: string;
}

export interface SimLinkedResource {
  id: string;
  webUrl?: string;
  applicationName: string;
  displayName: string;
  externalId?: string;
}

export interface SimTodoTask {
  id: string;
  title: string;
  bodyText: string;
  status: 'notStarted' | 'inProgress' | 'completed' | 'waitingOnOthers' | 'deferred';
  importance: 'low' | 'normal' | 'high';
  isReminderOn: boolean;
  categories: string[];
  createdAt: string;
  lastModifiedAt: string;
  /** dueDateTime exactly as Graph returns it. */
  due?: { dateTime: string; timeZone: string };
  completedAt?: string;
  linkedResources: SimLinkedResource[];
  checklistItems: SimChecklistItem[];
  seq: number;
  etagVersion: number;
}

export interface SimTodoList {
  id: string;
  displayName: string;
  isOwner: boolean;
  isShared: boolean;
  wellknownListName: 'none' | 'defaultList' | 'flaggedEmails' | 'unknownFutureValue';
  tasks: SimTodoTask[];
}

export interface SimPlannerAssignment {
  assignedBy: string;
  assignedAt: string;
  orderHint: string;
}

export interface SimPlannerTask {
  id: string;
  planId: string;
  bucketId: string;
  title: string;
  percentComplete: number;
  priority: number;
  dueAt: string | null;
  startAt: string | null;
  createdAt: string;
  completedAt: string | null;
  createdBy: string;
  completedBy: string | null;
  assignments: Record<string, SimPlannerAssignment>;
  orderHint: string;
  description: string;
  checklist: Record<string, { title: string; isChecked: boolean; orderHint: string; lastModifiedBy: string; lastModifiedAt: string }>;
  references: Record<string, { alias: string; type: string; previewPriority: string; lastModifiedBy: string; lastModifiedAt: string }>;
  etagVersion: number;
}

export interface SimPlannerPlan {
  id: string;
  title: string;
  groupId: string;
  createdBy: string;
  createdAt: string;
  etagVersion: number;
}

export interface SimExtendedProperty {
  id: string;
  value: string;
}

export interface SimMessage {
  id: string;
  /** `outbox`: sent, waiting for its deferred send time (PidTagDeferredSendTime). */
  folder: 'inbox' | 'drafts' | 'outbox' | 'sentitems' | 'deleteditems';
  subject: string;
  bodyContentType: 'text' | 'html';
  bodyContent: string;
  from: SimRecipient;
  toRecipients: SimRecipient[];
  ccRecipients: SimRecipient[];
  bccRecipients: SimRecipient[];
  createdAt: string;
  lastModifiedAt: string;
  sentAt: string | null;
  receivedAt: string;
  isDraft: boolean;
  isRead: boolean;
  importance: 'low' | 'normal' | 'high';
  flagStatus: 'notFlagged' | 'flagged' | 'complete';
  conversationId: string;
  internetMessageId: string;
  changeKey: string;
  extendedProperties: SimExtendedProperty[];
  categories: string[];
  /**
   * Real-clock milliseconds when its extended properties were last written through the API: the search index
   * (the extended-property `$filter`) sees it `FaultConfig.searchLagMs` later. Absent for generated mail (indexed).
   */
  indexedAtMs?: number;
}

export interface SimMailboxSettings {
  /** As Graph shows it: Windows or IANA, per person. */
  timeZone: string;
  workingHours: {
    daysOfWeek: string[];
    startTime: string;
    endTime: string;
    /** `{ name }` (Windows name) or a `customTimeZone` object, as Graph returns them. */
    timeZone: { name: string } & Record<string, unknown>;
  };
  automaticRepliesSetting: {
    status: 'disabled' | 'alwaysEnabled' | 'scheduled';
    externalAudience: 'none' | 'contactsOnly' | 'all';
    scheduledStartAt: string;
    scheduledEndAt: string;
    internalReplyMessage: string;
    externalReplyMessage: string;
  };
  language: { locale: string; displayName: string };
  dateFormat: string;
  timeFormat: string;
  delegateMeetingMessageDeliveryOptions: string;
  userPurpose: string;
}

export interface SimMailbox {
  settings: SimMailboxSettings;
  events: SimEvent[];
  todoLists: SimTodoList[];
  messages: SimMessage[];
  /** Tombstones for delta: id → seq of deletion. Key `event:<id>` or `task:<listId>:<id>`. */
  removed: Map<string, { seq: number; event?: SimEvent }>;
}

/** A Microsoft 365 group: the container of a Planner plan, with its members. */
export interface SimGroup {
  id: string;
  displayName: string;
  /** Member user ids, in the order Graph lists them. */
  memberIds: string[];
}

export interface SimWorld {
  now: string;
  people: SimPerson[];
  mailboxes: Map<string, SimMailbox>;
  plans: SimPlannerPlan[];
  /** The groups of the plans (`plan.groupId`). */
  groups: SimGroup[];
  plannerTasks: SimPlannerTask[];
  /** Mailboxes the tenant's application access policy lets the Upfront app reach with app-only tokens. */
  appAccessPolicyUserIds: Set<string>;
  /** Scenario notes for the demo: what each generated item is meant to show. */
  scenarios: ScenarioNote[];
  seq: number;
}

export interface ScenarioNote {
  key: string;
  kind: 'todo' | 'planner' | 'event' | 'mailbox';
  itemId: string;
  title: string;
  dueOn?: string;
  shows: string;
}
