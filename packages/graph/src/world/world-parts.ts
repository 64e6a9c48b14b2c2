import type {
  GraphDirectoryObject,
  GraphEvent,
  GraphMailTips,
  GraphMailboxSettings,
  GraphPlannerPlan,
  GraphPlannerTask,
  GraphPlannerTaskDetails,
  GraphScheduleInformation,
  GraphTodoTask,
  GraphTodoTaskList,
  GraphUser,
} from '../wire-types.js';

/** A paged collection being read: items so far, the next page to ask for, and the delta link once complete. */
export interface Paging {
  next?: string;
  done: boolean;
  deltaLink?: string;
}

/** What a load has read so far, in Graph's shapes; the reader fills it wave by wave, {@link composeWorld} maps it. */
export interface WorldParts {
  me?: GraphUser;
  mailbox?: GraphMailboxSettings;
  lists?: GraphTodoTaskList[];
  readonly listPaging: Map<string, Paging>;
  /** To Do list id → task id → task (open and completed). */
  readonly todoTasks: Map<string, Map<string, GraphTodoTask>>;
  readonly checklists: Map<string, { total: number; done: number }>;
  readonly calendarPaging: Paging;
  readonly events: Map<string, GraphEvent>;
  readonly plannerPaging: Paging;
  plannerTasks: GraphPlannerTask[];
  readonly plans: Map<string, GraphPlannerPlan>;
  readonly details: Map<string, GraphPlannerTaskDetails>;
  /** Planner user id → profile (null: not found). */
  readonly users: Map<string, GraphUser | null>;
  flaggedDone: boolean;
  readonly flaggedSenders: Map<string, { email: string; name?: string }>;
  readonly senders: Map<string, { email: string; name?: string } | null>;
  /** Lower-cased address → schedule (null: Graph has none). */
  readonly schedules: Map<string, GraphScheduleInformation | null>;
  readonly lastContact: Map<string, string | null>;
  /** Address → profile of a stakeholder or attendee who is not a Planner person (null: not found). */
  readonly stakeholderUsers: Map<string, GraphUser | null>;
  readonly freshChecklists: Set<string>;
  /** Planner tasks whose details answered 404/410: deleted since they were listed. */
  readonly goneTasks: Set<string>;
  /** Lower-cased address → mail tip (null: Graph has none, or mail tips could not be read). */
  readonly mailTips: Map<string, GraphMailTips | null>;
  /** Group id (a plan's owner) → the addresses of its members, read so far. */
  readonly groupMembers: Map<string, Set<string>>;
  readonly memberPaging: Map<string, Paging>;
  /** Address → a group member's profile. */
  readonly memberUsers: Map<string, GraphDirectoryObject>;
  /** Lower-cased address → a colleague's schedule over the horizon (null: Graph has none). */
  readonly busySchedules: Map<string, GraphScheduleInformation | null>;
}

/** Nothing read yet. */
export function createWorldParts(): WorldParts {
  return {
    listPaging: new Map(),
    todoTasks: new Map(),
    checklists: new Map(),
    calendarPaging: { done: false },
    events: new Map(),
    plannerPaging: { done: false },
    plannerTasks: [],
    plans: new Map(),
    details: new Map(),
    users: new Map(),
    flaggedDone: false,
    flaggedSenders: new Map(),
    senders: new Map(),
    schedules: new Map(),
    lastContact: new Map(),
    stakeholderUsers: new Map(),
    freshChecklists: new Set(),
    goneTasks: new Set(),
    mailTips: new Map(),
    groupMembers: new Map(),
    memberPaging: new Map(),
    memberUsers: new Map(),
    busySchedules: new Map(),
  };
}
