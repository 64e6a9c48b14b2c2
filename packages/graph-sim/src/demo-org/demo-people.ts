import { DEMO_DOMAIN } from '../constants.js';
import { guidFrom } from '../state/ids.js';
import type { SimPerson } from '../state/types.js';

export interface PersonSeed extends Omit<SimPerson, 'id' | 'userPrincipalName' | 'managerId'> {
  alias: string;
  manager?: string;
  /** Mailbox time zone exactly as Graph will show it (Windows or IANA name). */
  mailboxTimeZone: string;
  /** Windows name of the working-hours zone. */
  workingHoursZone: string;
  workingDays: string[];
  workStart: string;
  workEnd: string;
  languageDisplayName: string;
  /** date-holidays country / state. */
  holidays: { country: string; state?: string } | null;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** The demo organisation, main demo user first. */
export const PERSON_SEEDS: readonly PersonSeed[] = [
  {
    alias: 'maya.brooks', displayName: 'Maya Brooks', givenName: 'Maya', surname: 'Brooks',
    jobTitle: 'Program Manager', department: 'Product', officeLocation: 'SF-3/310', city: 'San Francisco', country: 'US',
    timeZone: 'America/Los_Angeles', mailboxTimeZone: 'Pacific Standard Time', workingHoursZone: 'Pacific Standard Time',
    workingDays: WEEKDAYS, workStart: '09:00:00', workEnd: '17:30:00', preferredLanguage: 'en-US', languageDisplayName: 'English (United States)',
    businessPhones: ['+1 415 555 0100'], mobilePhone: '+1 415 555 0101', manager: 'ethan.park', holidays: { country: 'US', state: 'CA' },
    story: 'Main demo user. Every risk flag: overdue, at risk, off track, on track; Bangalore deadline already passed; waiting on others; away (automatic replies) before a deadline; stakeholder holiday; DST switch; Friday–Saturday weekend; focus blocks; recurring 1:1s and team meetings.',
  },
  {
    alias: 'ethan.park', displayName: 'Ethan Park', givenName: 'Ethan', surname: 'Park',
    jobTitle: 'Director of Product', department: 'Product', officeLocation: 'SF-3/301', city: 'San Francisco', country: 'US',
    timeZone: 'America/Los_Angeles', mailboxTimeZone: 'America/Los_Angeles', workingHoursZone: 'Pacific Standard Time',
    workingDays: WEEKDAYS, workStart: '08:30:00', workEnd: '17:00:00', preferredLanguage: 'en-US', languageDisplayName: 'English (United States)',
    businessPhones: ['+1 415 555 0110'], mobilePhone: '+1 555 010 0201', holidays: { country: 'US', state: 'CA' },
    story: "Maya's manager (weekly 1:1). Mailbox time zone in IANA form. Creator of the at-risk Planner task.",
  },
  {
    alias: 'priya.raman', displayName: 'Priya Raman', givenName: 'Priya', surname: 'Raman',
    jobTitle: 'Engineering Lead', department: 'Engineering', officeLocation: 'BLR-2/204', city: 'Bangalore', country: 'IN',
    timeZone: 'Asia/Kolkata', mailboxTimeZone: 'India Standard Time', workingHoursZone: 'India Standard Time',
    workingDays: WEEKDAYS, workStart: '09:30:00', workEnd: '18:00:00', preferredLanguage: 'en-IN', languageDisplayName: 'English (India)',
    businessPhones: ['+91 80 5550 0120'], mobilePhone: '+1 555 010 0202', manager: 'ethan.park', holidays: { country: 'IN', state: 'KA' },
    story: "Stakeholder whose deadline (close of business in Bangalore) has passed while it is still the afternoon of the same day in San Francisco. Weekly 1:1 with Maya set in Maya's zone.",
  },
  {
    alias: 'noa.levi', displayName: 'Noa Levi', givenName: 'Noa', surname: 'Levi',
    jobTitle: 'Localization Manager', department: 'Marketing', officeLocation: 'TLV-1/12', city: 'Tel Aviv', country: 'IL',
    timeZone: 'Asia/Jerusalem', mailboxTimeZone: 'Asia/Jerusalem', workingHoursZone: 'Israel Standard Time',
    workingDays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'], workStart: '08:30:00', workEnd: '17:30:00',
    preferredLanguage: 'he-IL', languageDisplayName: 'Hebrew (Israel)', businessPhones: ['+972 3 555 0130'], mobilePhone: '+1 555 010 0203', holidays: { country: 'IL' },
    story: 'Sunday–Thursday working week (Friday–Saturday weekend): a flagged-email task from her is due on a Friday. Mailbox zone in IANA form.',
  },
  {
    alias: 'jonas.weber', displayName: 'Jonas Weber', givenName: 'Jonas', surname: 'Weber',
    jobTitle: 'Partner Manager', department: 'Partnerships', officeLocation: 'BER-4/410', city: 'Berlin', country: 'DE',
    timeZone: 'Europe/Berlin', mailboxTimeZone: 'W. Europe Standard Time', workingHoursZone: 'W. Europe Standard Time',
    workingDays: WEEKDAYS, workStart: '08:00:00', workEnd: '16:30:00', preferredLanguage: 'de-DE', languageDisplayName: 'Deutsch (Deutschland)',
    businessPhones: ['+49 30 5550 0140'], mobilePhone: '+49 170 5550141', holidays: { country: 'DE', state: 'BE' },
    story: 'Organises the weekly launch sync in Berlin time (moves for Maya across DST switches). Sender of the overdue flagged email.',
  },
  {
    alias: 'camille.martin', displayName: 'Camille Martin', givenName: 'Camille', surname: 'Martin',
    jobTitle: 'UX Writer', department: 'Design', officeLocation: 'PAR-1/105', city: 'Paris', country: 'FR',
    timeZone: 'Europe/Paris', mailboxTimeZone: 'Europe/Paris', workingHoursZone: 'Romance Standard Time',
    workingDays: WEEKDAYS, workStart: '09:00:00', workEnd: '18:00:00', preferredLanguage: 'fr-FR', languageDisplayName: 'français (France)',
    businessPhones: ['+33 1 55 50 01 50'], mobilePhone: '+1 555 010 0204', holidays: { country: 'FR' },
    story: 'Co-assignee of the at-risk Planner task (pricing page copy).',
  },
  {
    alias: 'lucia.fernandez', displayName: 'Lucía Fernández', givenName: 'Lucía', surname: 'Fernández',
    jobTitle: 'Release Manager', department: 'Engineering', officeLocation: 'MAD-2/220', city: 'Madrid', country: 'ES',
    timeZone: 'Europe/Madrid', mailboxTimeZone: 'Romance Standard Time', workingHoursZone: 'Romance Standard Time',
    workingDays: WEEKDAYS, workStart: '09:00:00', workEnd: '18:00:00', preferredLanguage: 'es-ES', languageDisplayName: 'español (España)',
    businessPhones: ['+34 91 555 0160'], mobilePhone: '+1 555 010 0205', holidays: { country: 'ES', state: 'MD' },
    story: 'Creator of the on-track Planner task shared by three people (Maya, Lucía, Wei).',
  },
  {
    alias: 'siobhan.kelly', displayName: 'Siobhán Kelly', givenName: 'Siobhán', surname: 'Kelly',
    jobTitle: 'Security Analyst', department: 'Security', officeLocation: 'DUB-1/014', city: 'Dublin', country: 'IE',
    timeZone: 'Europe/Dublin', mailboxTimeZone: 'GMT Standard Time', workingHoursZone: 'GMT Standard Time',
    workingDays: WEEKDAYS, workStart: '09:00:00', workEnd: '17:30:00', preferredLanguage: 'en-IE', languageDisplayName: 'English (Ireland)',
    businessPhones: ['+353 1 555 0170'], mobilePhone: '+1 555 010 0206', holidays: { country: 'IE' },
    story: 'Sender of the flagged email behind the waiting-on-others task; organiser of a cancelled meeting.',
  },
  {
    alias: 'marcus.green', displayName: 'Marcus Green', givenName: 'Marcus', surname: 'Green',
    jobTitle: 'Account Executive', department: 'Sales', officeLocation: 'NYC-20/2011', city: 'New York', country: 'US',
    timeZone: 'America/New_York', mailboxTimeZone: 'Eastern Standard Time', workingHoursZone: 'Eastern Standard Time',
    workingDays: WEEKDAYS, workStart: '09:00:00', workEnd: '17:00:00', preferredLanguage: 'en-US', languageDisplayName: 'English (United States)',
    businessPhones: ['+1 212 555 0180'], mobilePhone: '+1 917 555 0181', holidays: { country: 'US', state: 'NY' },
    story: 'Creator of the QBR deck Planner task due right after Maya is away; a tentative escalation meeting with Maya.',
  },
  {
    alias: 'wei.zhang', displayName: 'Wei Zhang', givenName: 'Wei', surname: 'Zhang',
    jobTitle: 'Solutions Engineer', department: 'Engineering', officeLocation: 'SHA-8/802', city: 'Shanghai', country: 'CN',
    timeZone: 'Asia/Shanghai', mailboxTimeZone: 'China Standard Time', workingHoursZone: 'China Standard Time',
    workingDays: WEEKDAYS, workStart: '09:00:00', workEnd: '18:00:00', preferredLanguage: 'zh-CN', languageDisplayName: '中文(中国)',
    businessPhones: ['+86 21 5550 0190'], mobilePhone: '+1 555 010 0207', holidays: { country: 'CN' },
    story: 'Co-assignee of the release-notes Planner task. Outside the application access policy (app-only access gets 403).',
  },
  {
    alias: 'olivia.harris', displayName: 'Olivia Harris', givenName: 'Olivia', surname: 'Harris',
    jobTitle: 'Channel Partner Lead', department: 'Partnerships', officeLocation: 'SYD-5/501', city: 'Sydney', country: 'AU',
    timeZone: 'Australia/Sydney', mailboxTimeZone: 'AUS Eastern Standard Time', workingHoursZone: 'AUS Eastern Standard Time',
    workingDays: WEEKDAYS, workStart: '08:30:00', workEnd: '17:00:00', preferredLanguage: 'en-AU', languageDisplayName: 'English (Australia)',
    businessPhones: ['+61 2 5550 0200'], mobilePhone: '+1 555 010 0208', holidays: { country: 'AU', state: 'NSW' },
    story: 'Southern-hemisphere DST (switches in April and October). Outside the application access policy.',
  },
];

export const MAIN_DEMO_ALIAS = 'maya.brooks';

export function upnOf(alias: string): string {
  return `${alias}@${DEMO_DOMAIN}`;
}

export function personIdOf(alias: string): string {
  return guidFrom('user', alias);
}

export function toSimPerson(seed: PersonSeed): SimPerson {
  return {
    id: personIdOf(seed.alias),
    userPrincipalName: upnOf(seed.alias),
    displayName: seed.displayName,
    givenName: seed.givenName,
    surname: seed.surname,
    jobTitle: seed.jobTitle,
    department: seed.department,
    officeLocation: seed.officeLocation,
    city: seed.city,
    country: seed.country,
    timeZone: seed.timeZone,
    preferredLanguage: seed.preferredLanguage,
    businessPhones: seed.businessPhones,
    mobilePhone: seed.mobilePhone,
    ...(seed.manager ? { managerId: personIdOf(seed.manager) } : {}),
    story: seed.story,
  };
}
