// Graph v1.0 wire shapes, only the fields Upfront reads. They never leave @upfront/graph (STYLE.md §1).
// Every field is optional or `unknown`-tolerant: the mappers check what they use and name the field when it is wrong.

export interface GraphDateTimeTimeZone {
  dateTime?: string;
  timeZone?: string;
}

export interface GraphCustomTimeZone {
  '@odata.type'?: string;
  name?: string;
  bias?: number;
  standardOffset?: { time?: string; dayOccurrence?: number; dayOfWeek?: string; month?: number; year?: number };
  daylightOffset?: { time?: string; dayOccurrence?: number; dayOfWeek?: string; month?: number; year?: number; daylightBias?: number };
}

export interface GraphWorkingHours {
  daysOfWeek?: string[];
  startTime?: string;
  endTime?: string;
  timeZone?: GraphCustomTimeZone;
}

export interface GraphUser {
  id?: string;
  displayName?: string | null;
  givenName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
  preferredLanguage?: string | null;
  officeLocation?: string | null;
  city?: string | null;
  usageLocation?: string | null;
  country?: string | null;
}

export interface GraphMailboxSettings {
  timeZone?: string;
  language?: { locale?: string; displayName?: string };
  workingHours?: GraphWorkingHours;
  automaticRepliesSetting?: null | {
    status?: string;
    scheduledStartDateTime?: GraphDateTimeTimeZone;
    scheduledEndDateTime?: GraphDateTimeTimeZone;
  };
}

export interface GraphEmailAddress {
  emailAddress?: { name?: string; address?: string };
}

export interface GraphEvent {
  id?: string;
  '@removed'?: { reason?: string };
  subject?: string | null;
  start?: GraphDateTimeTimeZone;
  end?: GraphDateTimeTimeZone;
  isAllDay?: boolean;
  isCancelled?: boolean;
  showAs?: string;
  categories?: string[];
  responseStatus?: { response?: string; time?: string };
  organizer?: GraphEmailAddress;
  attendees?: (GraphEmailAddress & { type?: string; status?: { response?: string } })[];
  webLink?: string | null;
  isOnlineMeeting?: boolean;
  type?: string;
}

export interface GraphTodoTaskList {
  id?: string;
  displayName?: string;
  wellknownListName?: string;
}

export interface GraphLinkedResource {
  id?: string;
  webUrl?: string | null;
  applicationName?: string | null;
  displayName?: string | null;
  externalId?: string | null;
}

export interface GraphChecklistItem {
  id?: string;
  displayName?: string;
  isChecked?: boolean;
}

export interface GraphTodoTask {
  id?: string;
  '@removed'?: { reason?: string };
  title?: string;
  status?: string;
  importance?: string;
  body?: { content?: string; contentType?: string };
  dueDateTime?: GraphDateTimeTimeZone | null;
  createdDateTime?: string;
  completedDateTime?: GraphDateTimeTimeZone | null;
  linkedResources?: GraphLinkedResource[];
  checklistItems?: GraphChecklistItem[];
}

export interface GraphIdentitySet {
  user?: { id?: string; displayName?: string | null } | null;
}

export interface GraphPlannerTask {
  id?: string;
  planId?: string;
  title?: string;
  dueDateTime?: string | null;
  percentComplete?: number;
  priority?: number;
  createdDateTime?: string;
  completedDateTime?: string | null;
  createdBy?: GraphIdentitySet;
  /** User id → assignment; `assignedDateTime` is when the task became theirs. */
  assignments?: Record<string, { assignedDateTime?: string | null } | null | undefined>;
}

export interface GraphPlannerPlan {
  id?: string;
  title?: string;
  /** The id of the Microsoft 365 group that owns the plan (deprecated by Graph in favour of `container`). */
  owner?: string | null;
  container?: { containerId?: string | null; type?: string | null } | null;
}

/** A member of a group (`directoryObject`; a user when `@odata.type` says so). */
export interface GraphDirectoryObject extends GraphUser {
  '@odata.type'?: string;
}

export interface GraphMailTips {
  emailAddress?: { name?: string; address?: string };
  automaticReplies?: {
    message?: string;
    scheduledStartTime?: GraphDateTimeTimeZone;
    scheduledEndTime?: GraphDateTimeTimeZone;
  };
  error?: { code?: string; message?: string };
}

export interface GraphPlannerTaskDetails {
  id?: string;
  description?: string | null;
  checklist?: Record<string, { isChecked?: boolean; title?: string } | null>;
}

export interface GraphMessage {
  id?: string;
  sentDateTime?: string;
  sender?: GraphEmailAddress;
  from?: GraphEmailAddress;
}

export interface GraphScheduleItem {
  status?: string;
  start?: GraphDateTimeTimeZone;
  end?: GraphDateTimeTimeZone;
}

export interface GraphScheduleInformation {
  scheduleId?: string;
  scheduleItems?: GraphScheduleItem[];
  workingHours?: GraphWorkingHours;
  error?: { message?: string; responseCode?: string };
}

export interface GraphCollection<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}
