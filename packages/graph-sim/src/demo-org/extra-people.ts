import type { PersonSeed } from './demo-people.js';

/** What an extra colleague asks of the main demo user: a Planner task they created, or a flagged email. */
export interface ExtraAsk {
  kind: 'planner' | 'flagged';
  title: string;
  /** Planner description or flagged-email text; carries a written estimate (`~2h`, `[45m]`, …). */
  text: string;
  /** Email subject (flagged asks). */
  subject: string;
}

export interface ExtraPersonSeed extends PersonSeed {
  ask: ExtraAsk;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const SUN_THU = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'];

type Template = Omit<ExtraPersonSeed, 'workingDays' | 'workStart' | 'workEnd' | 'story' | 'mobilePhone' | 'manager'> & {
  workingDays?: string[];
  workStart?: string;
  workEnd?: string;
};

// Twenty colleagues in as many cities; flagged and Planner asks alternate so both kinds of stakeholder grow.
const TEMPLATES: readonly Template[] = [
  { alias: 'aiko.tanaka', displayName: 'Aiko Tanaka', givenName: 'Aiko', surname: 'Tanaka', jobTitle: 'Partner Success Manager', department: 'Partnerships',
    officeLocation: 'TYO-6/604', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', mailboxTimeZone: 'Tokyo Standard Time', workingHoursZone: 'Tokyo Standard Time',
    preferredLanguage: 'ja-JP', languageDisplayName: '日本語 (日本)', businessPhones: ['+81 3 5550 0300'], holidays: { country: 'JP' },
    ask: { kind: 'planner', title: 'Review the Japan partner onboarding plan', text: 'Rework the onboarding steps for the Tokyo resellers with Aiko (~6h).', subject: '' } },
  { alias: 'zofia.kowalska', displayName: 'Zofia Kowalska', givenName: 'Zofia', surname: 'Kowalska', jobTitle: 'QA Lead', department: 'Engineering',
    officeLocation: 'WAW-3/312', city: 'Warsaw', country: 'PL', timeZone: 'Europe/Warsaw', mailboxTimeZone: 'Central European Standard Time', workingHoursZone: 'Central European Standard Time',
    preferredLanguage: 'pl-PL', languageDisplayName: 'polski (Polska)', businessPhones: ['+48 22 555 0310'], holidays: { country: 'PL' },
    ask: { kind: 'flagged', title: 'Sign off the release test plan', subject: 'Release test plan: sign-off', text: 'Could you sign off the release test plan? It should take about [45m] to go through.' } },
  { alias: 'rafael.souza', displayName: 'Rafael Souza', givenName: 'Rafael', surname: 'Souza', jobTitle: 'Regional Sales Manager', department: 'Sales',
    officeLocation: 'SAO-9/905', city: 'São Paulo', country: 'BR', timeZone: 'America/Sao_Paulo', mailboxTimeZone: 'E. South America Standard Time', workingHoursZone: 'E. South America Standard Time',
    preferredLanguage: 'pt-BR', languageDisplayName: 'português (Brasil)', businessPhones: ['+55 11 5550 0320'], holidays: { country: 'BR' },
    ask: { kind: 'planner', title: 'Approve the LATAM pricing exceptions', text: 'Three deals need an exception to the list price. Estimate: 1h.', subject: '' } },
  { alias: 'amira.haddad', displayName: 'Amira Haddad', givenName: 'Amira', surname: 'Haddad', jobTitle: 'Customer Success Lead', department: 'Customer Success',
    officeLocation: 'DXB-2/210', city: 'Dubai', country: 'AE', timeZone: 'Asia/Dubai', mailboxTimeZone: 'Arabian Standard Time', workingHoursZone: 'Arabian Standard Time',
    preferredLanguage: 'ar-AE', languageDisplayName: 'العربية (الإمارات العربية المتحدة)', businessPhones: ['+971 4 555 0330'], holidays: { country: 'AE' },
    ask: { kind: 'flagged', title: 'Answer the Contoso Gulf renewal questions', subject: 'Renewal questions from Contoso Gulf', text: 'The customer sent five questions about the renewal; can you answer them (~1.5h)?' } },
  { alias: 'tom.fletcher', displayName: 'Tom Fletcher', givenName: 'Tom', surname: 'Fletcher', jobTitle: 'Data Protection Officer', department: 'Legal',
    officeLocation: 'LON-7/702', city: 'London', country: 'GB', timeZone: 'Europe/London', mailboxTimeZone: 'GMT Standard Time', workingHoursZone: 'GMT Standard Time',
    preferredLanguage: 'en-GB', languageDisplayName: 'English (United Kingdom)', businessPhones: ['+44 20 5550 0340'], holidays: { country: 'GB' },
    ask: { kind: 'planner', title: 'Complete the DPIA for the analytics feature', text: 'Data protection impact assessment, sections 2–4 (~3h).', subject: '' } },
  { alias: 'daan.devries', displayName: 'Daan de Vries', givenName: 'Daan', surname: 'de Vries', jobTitle: 'Solutions Architect', department: 'Engineering',
    officeLocation: 'AMS-1/118', city: 'Amsterdam', country: 'NL', timeZone: 'Europe/Amsterdam', mailboxTimeZone: 'Europe/Amsterdam', workingHoursZone: 'W. Europe Standard Time',
    preferredLanguage: 'nl-NL', languageDisplayName: 'Nederlands (Nederland)', businessPhones: ['+31 20 555 0350'], holidays: { country: 'NL' },
    ask: { kind: 'flagged', title: 'Review the SSO architecture diagram', subject: 'SSO architecture: your review', text: 'Please check the SSO diagram before the customer workshop (~1h).' } },
  { alias: 'mei.tan', displayName: 'Mei Lin Tan', givenName: 'Mei Lin', surname: 'Tan', jobTitle: 'Marketing Manager', department: 'Marketing',
    officeLocation: 'SIN-4/408', city: 'Singapore', country: 'SG', timeZone: 'Asia/Singapore', mailboxTimeZone: 'Singapore Standard Time', workingHoursZone: 'Singapore Standard Time',
    preferredLanguage: 'en-SG', languageDisplayName: 'English (Singapore)', businessPhones: ['+65 6555 0360'], holidays: { country: 'SG' },
    ask: { kind: 'planner', title: 'Write the APAC launch blog post', text: 'Draft for the regional blog, 600 words (~2h).', subject: '' } },
  { alias: 'hemi.walker', displayName: 'Hemi Walker', givenName: 'Hemi', surname: 'Walker', jobTitle: 'Support Manager', department: 'Customer Success',
    officeLocation: 'AKL-2/203', city: 'Auckland', country: 'NZ', timeZone: 'Pacific/Auckland', mailboxTimeZone: 'New Zealand Standard Time', workingHoursZone: 'New Zealand Standard Time',
    preferredLanguage: 'en-NZ', languageDisplayName: 'English (New Zealand)', businessPhones: ['+64 9 555 0370'], holidays: { country: 'NZ' },
    ask: { kind: 'flagged', title: 'Update the support escalation matrix', subject: 'Escalation matrix for the launch', text: 'The escalation matrix still lists last year’s owners; could you update it? (30 min)' } },
  { alias: 'carlos.restrepo', displayName: 'Carlos Restrepo', givenName: 'Carlos', surname: 'Restrepo', jobTitle: 'Finance Business Partner', department: 'Finance',
    officeLocation: 'BOG-5/501', city: 'Bogotá', country: 'CO', timeZone: 'America/Bogota', mailboxTimeZone: 'SA Pacific Standard Time', workingHoursZone: 'SA Pacific Standard Time',
    preferredLanguage: 'es-CO', languageDisplayName: 'español (Colombia)', businessPhones: ['+57 1 555 0380'], holidays: { country: 'CO' },
    ask: { kind: 'planner', title: 'Confirm the Q3 launch budget', text: 'Check the budget lines against the plan. Estimate: 90m.', subject: '' } },
  { alias: 'dana.whitfield', displayName: 'Dana Whitfield', givenName: 'Dana', surname: 'Whitfield', jobTitle: 'Sales Engineer', department: 'Sales',
    officeLocation: 'CHI-12/1204', city: 'Chicago', country: 'US', timeZone: 'America/Chicago', mailboxTimeZone: 'Central Standard Time', workingHoursZone: 'Central Standard Time',
    preferredLanguage: 'en-US', languageDisplayName: 'English (United States)', businessPhones: ['+1 312 555 0390'], holidays: { country: 'US', state: 'IL' },
    ask: { kind: 'flagged', title: 'Send the demo tenant credentials to Dana', subject: 'Demo tenant for Fabrikam', text: 'I need the demo tenant set up for Fabrikam next week (~1h).' } },
  { alias: 'ana.ionescu', displayName: 'Ana Ionescu', givenName: 'Ana', surname: 'Ionescu', jobTitle: 'Technical Writer', department: 'Engineering',
    officeLocation: 'BUH-2/215', city: 'Bucharest', country: 'RO', timeZone: 'Europe/Bucharest', mailboxTimeZone: 'GTB Standard Time', workingHoursZone: 'GTB Standard Time',
    preferredLanguage: 'ro-RO', languageDisplayName: 'română (România)', businessPhones: ['+40 21 555 0400'], holidays: { country: 'RO' },
    ask: { kind: 'planner', title: 'Review the admin guide chapter on permissions', text: 'About 20 pages; comments inline (~2h).', subject: '' } },
  { alias: 'yael.cohen', displayName: 'Yael Cohen', givenName: 'Yael', surname: 'Cohen', jobTitle: 'Product Designer', department: 'Design',
    officeLocation: 'TLV-1/18', city: 'Tel Aviv', country: 'IL', timeZone: 'Asia/Jerusalem', mailboxTimeZone: 'Israel Standard Time', workingHoursZone: 'Israel Standard Time',
    workingDays: SUN_THU, workStart: '09:00:00', workEnd: '18:00:00',
    preferredLanguage: 'he-IL', languageDisplayName: 'Hebrew (Israel)', businessPhones: ['+972 3 555 0410'], holidays: { country: 'IL' },
    ask: { kind: 'flagged', title: 'Pick the onboarding illustration set', subject: 'Illustrations: A or B?', text: 'Two illustration sets for the onboarding screens; which one do we ship? [30m]' } },
  { alias: 'sam.ortiz', displayName: 'Sam Ortiz', givenName: 'Sam', surname: 'Ortiz', jobTitle: 'Site Reliability Engineer', department: 'Engineering',
    officeLocation: 'DEN-3/330', city: 'Denver', country: 'US', timeZone: 'America/Denver', mailboxTimeZone: 'Mountain Standard Time', workingHoursZone: 'Mountain Standard Time',
    preferredLanguage: 'en-US', languageDisplayName: 'English (United States)', businessPhones: ['+1 303 555 0420'], holidays: { country: 'US', state: 'CO' },
    ask: { kind: 'planner', title: 'Approve the launch-day on-call rota', text: 'Check names and hand-overs (~45m).', subject: '' } },
  { alias: 'valentina.rojas', displayName: 'Valentina Rojas', givenName: 'Valentina', surname: 'Rojas', jobTitle: 'Partner Marketing Manager', department: 'Marketing',
    officeLocation: 'SCL-4/402', city: 'Santiago', country: 'CL', timeZone: 'America/Santiago', mailboxTimeZone: 'Pacific SA Standard Time', workingHoursZone: 'Pacific SA Standard Time',
    preferredLanguage: 'es-CL', languageDisplayName: 'español (Chile)', businessPhones: ['+56 2 2555 0430'], holidays: { country: 'CL' },
    ask: { kind: 'flagged', title: 'Send quotes for the partner newsletter', subject: 'Partner newsletter: two quotes?', text: 'Could you send two short quotes for the partner newsletter (~1h)?' } },
  { alias: 'olena.shevchenko', displayName: 'Olena Shevchenko', givenName: 'Olena', surname: 'Shevchenko', jobTitle: 'Backend Engineer', department: 'Engineering',
    officeLocation: 'KBP-1/107', city: 'Kyiv', country: 'UA', timeZone: 'Europe/Kiev', mailboxTimeZone: 'FLE Standard Time', workingHoursZone: 'FLE Standard Time',
    preferredLanguage: 'uk-UA', languageDisplayName: 'українська (Україна)', businessPhones: ['+380 44 555 0440'], holidays: { country: 'UA' },
    ask: { kind: 'planner', title: 'Decide on the export API pagination', text: 'Two options written up; pick one (~1h).', subject: '' } },
  { alias: 'eszter.nagy', displayName: 'Eszter Nagy', givenName: 'Eszter', surname: 'Nagy', jobTitle: 'Procurement Specialist', department: 'Finance',
    officeLocation: 'BUD-2/220', city: 'Budapest', country: 'HU', timeZone: 'Europe/Budapest', mailboxTimeZone: 'Central Europe Standard Time', workingHoursZone: 'Central Europe Standard Time',
    preferredLanguage: 'hu-HU', languageDisplayName: 'magyar (Magyarország)', businessPhones: ['+36 1 555 0450'], holidays: { country: 'HU' },
    ask: { kind: 'flagged', title: 'Fill in the vendor onboarding form', subject: 'Vendor onboarding form', text: 'Procurement needs the vendor form for the translation agency (~30m).' } },
  { alias: 'liam.macdonald', displayName: 'Liam MacDonald', givenName: 'Liam', surname: 'MacDonald', jobTitle: 'Customer Trainer', department: 'Customer Success',
    officeLocation: 'HFX-1/104', city: 'Halifax', country: 'CA', timeZone: 'America/Halifax', mailboxTimeZone: 'Atlantic Standard Time', workingHoursZone: 'Atlantic Standard Time',
    preferredLanguage: 'en-CA', languageDisplayName: 'English (Canada)', businessPhones: ['+1 902 555 0460'], holidays: { country: 'CA', state: 'NS' },
    ask: { kind: 'planner', title: 'Record the feature walkthrough video', text: 'Ten-minute walkthrough for the training portal (~2h).', subject: '' } },
  { alias: 'sigrun.jonsdottir', displayName: 'Sigrún Jónsdóttir', givenName: 'Sigrún', surname: 'Jónsdóttir', jobTitle: 'Accessibility Specialist', department: 'Design',
    officeLocation: 'REK-1/011', city: 'Reykjavík', country: 'IS', timeZone: 'Atlantic/Reykjavik', mailboxTimeZone: 'Greenwich Standard Time', workingHoursZone: 'Greenwich Standard Time',
    preferredLanguage: 'is-IS', languageDisplayName: 'íslenska (Ísland)', businessPhones: ['+354 555 0470'], holidays: { country: 'IS' },
    ask: { kind: 'flagged', title: 'Answer the accessibility audit findings', subject: 'Accessibility audit: 4 findings', text: 'Four findings need an owner and a date from you (~1h).' } },
  { alias: 'arjun.mehta', displayName: 'Arjun Mehta', givenName: 'Arjun', surname: 'Mehta', jobTitle: 'Data Analyst', department: 'Product',
    officeLocation: 'BOM-3/318', city: 'Mumbai', country: 'IN', timeZone: 'Asia/Kolkata', mailboxTimeZone: 'India Standard Time', workingHoursZone: 'India Standard Time',
    preferredLanguage: 'en-IN', languageDisplayName: 'English (India)', businessPhones: ['+91 22 5550 0480'], holidays: { country: 'IN', state: 'MH' },
    ask: { kind: 'planner', title: 'Define the launch success metrics', text: 'Agree the five metrics for the launch dashboard. Estimate: 2h.', subject: '' } },
  { alias: 'kai.akana', displayName: 'Kai Akana', givenName: 'Kai', surname: 'Akana', jobTitle: 'Field Marketing Manager', department: 'Marketing',
    officeLocation: 'HNL-1/120', city: 'Honolulu', country: 'US', timeZone: 'Pacific/Honolulu', mailboxTimeZone: 'Hawaiian Standard Time', workingHoursZone: 'Hawaiian Standard Time',
    preferredLanguage: 'en-US', languageDisplayName: 'English (United States)', businessPhones: ['+1 808 555 0490'], holidays: { country: 'US', state: 'HI' },
    ask: { kind: 'flagged', title: 'Confirm the speaker slot at the partner summit', subject: 'Partner summit: your slot', text: 'Can you confirm the 20-minute slot and send a title (~30m)?' } },
];

/**
 * `count` extra colleagues of the main demo user, after the ten of the demo organisation: twenty templates in as
 * many cities, repeated with a numbered alias past twenty. Deterministic: the same count gives the same people.
 */
export function extraPersonSeeds(count: number): ExtraPersonSeed[] {
  const seeds: ExtraPersonSeed[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = TEMPLATES[i % TEMPLATES.length] as Template;
    const round = Math.floor(i / TEMPLATES.length);
    const alias = round === 0 ? t.alias : `${t.alias}${round + 1}`;
    seeds.push({
      ...t,
      alias,
      displayName: round === 0 ? t.displayName : `${t.displayName} ${round + 1}`,
      workingDays: t.workingDays ?? WEEKDAYS,
      workStart: t.workStart ?? '09:00:00',
      workEnd: t.workEnd ?? '17:30:00',
      mobilePhone: null,
      manager: 'ethan.park',
      ask: round === 0 ? t.ask : { ...t.ask, title: `${t.ask.title} (${round + 1})` },
      story: `Extra colleague (${t.city}): ${t.ask.kind === 'planner' ? 'created a Planner task assigned to Maya' : 'sent Maya a flagged email that became a To Do task'}.`,
    });
  }
  return seeds;
}
