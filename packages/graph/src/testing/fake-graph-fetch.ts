import { contractBody } from './contract.js';

type Handler = (url: URL, body: unknown) => { status: number; body?: unknown; headers?: Record<string, string>; raw?: string };

/**
 * A scripted Graph behind the gateway's `fetch` seam (no sockets), answering `$batch` and single calls from the
 * documented contract bodies. Used where the simulator cannot script a case exactly (e.g. one throttled batch item).
 */
export function createFakeGraphFetch(opts: { faults?: (path: string, n: number) => ReturnType<Handler> | undefined } = {}) {
  const seen: string[] = [];
  const counts = new Map<string, number>();
  const me: Record<string, unknown> = { ...contractBody<Record<string, unknown>>('me.get.1'), usageLocation: 'US' };
  const mailbox = contractBody<Record<string, unknown>>('mailboxSettings.get.1');
  const lists = contractBody<{ value: { id: string }[] }>('todoLists.list.1');
  const [linked] = contractBody<{ value: Record<string, unknown>[] }>('todoTasks.list.1').value;
  const flaggedTask = { ...linked, linkedResources: [{ id: 'lr1', applicationName: 'Microsoft Outlook', displayName: 'Signed SOW', externalId: 'MSG-1' }], dueDateTime: { dateTime: '2020-08-25T04:00:00.0000000', timeZone: 'UTC' } };
  const [planner] = contractBody<{ value: Record<string, unknown>[] }>('plannerTasks.listMine.1').value;
  const plannerTask = { ...planner, dueDateTime: '2020-08-28T07:00:00Z', createdBy: { user: { id: 'creator-id' } }, assignments: { [String(me.id)]: {}, 'fbab97d0-4932-4511-b675-204639209557': {} } };
  const page1 = contractBody<Record<string, unknown>>('calendarView.delta.2');
  const page2 = contractBody<Record<string, unknown>>('calendarView.delta.4');
  const schedule = contractBody<{ value: Record<string, unknown>[] }>('getSchedule.post.1');
  const users: Record<string, Record<string, unknown>> = {
    'creator-id': { id: 'creator-id', displayName: 'Adele', mail: 'adelev@contoso.onmicrosoft.com', usageLocation: 'DE' },
    'fbab97d0-4932-4511-b675-204639209557': { id: 'fbab97d0-4932-4511-b675-204639209557', displayName: 'Megan', mail: 'meganb@contoso.onmicrosoft.com' },
  };
  const origin = 'https://graph.test';

  const route: Handler = (url, body) => {
    const p = url.pathname.replace(/^\/v1\.0/, '');
    if (p === '/me') return { status: 200, body: me };
    if (p === '/me/mailboxSettings') return { status: 200, body: mailbox };
    if (p === '/me/todo/lists') return { status: 200, body: lists };
    if (p === '/me/messages' && url.searchParams.get('$filter')?.includes('flagStatus')) {
      return { status: 200, body: { value: [{ id: 'MSG-1', sender: { emailAddress: { name: 'Samantha Booth', address: 'SamanthaB@contoso.onmicrosoft.com' } } }] } };
    }
    const list = /^\/me\/todo\/lists\/([^/]+)\/tasks\/delta$/.exec(p);
    if (list) {
      const id = decodeURIComponent(list[1] ?? '');
      const token = url.searchParams.get('$deltatoken');
      const value = token ? [] : id === lists.value[0]?.id ? [flaggedTask] : [];
      return { status: 200, body: { value, '@odata.deltaLink': `${origin}/v1.0/me/todo/lists/${encodeURIComponent(id)}/tasks/delta?$deltatoken=t-${id.length}` } };
    }
    if (/\/checklistItems$/.test(p)) return { status: 200, body: contractBody('todoChecklistItems.list.1') };
    if (p === '/me/planner/tasks') return { status: 200, body: { value: [plannerTask] } };
    if (/^\/planner\/plans\//.test(p)) return { status: 200, body: contractBody('plannerPlan.get.1') };
    if (/^\/planner\/tasks\/[^/]+\/details$/.test(p)) return { status: 200, body: contractBody('plannerTaskDetails.get.1') };
    const user = /^\/users\/([^/]+)$/.exec(p);
    if (user) {
      const key = decodeURIComponent(user[1] ?? '');
      const found = users[key] ?? Object.values(users).find((u) => String(u.mail).toLowerCase() === key.toLowerCase());
      return found ? { status: 200, body: found } : { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'not found' } } };
    }
    if (p === '/me/calendarView/delta') {
      if (url.searchParams.get('$deltatoken')) return { status: 200, body: { value: [], '@odata.deltaLink': `${origin}/v1.0/me/calendarView/delta?$deltatoken=d2` } };
      if (url.searchParams.get('$skiptoken')) return { status: 200, body: { ...page2, '@odata.deltaLink': `${origin}/v1.0/me/calendarView/delta?$deltatoken=d1` } };
      return { status: 200, body: { ...page1, '@odata.nextLink': `${origin}/v1.0/me/calendarView/delta?$skiptoken=s1` } };
    }
    if (p === '/me/calendar/getSchedule') {
      const wanted = ((body as { schedules?: string[] }).schedules ?? []).map((s) => s.toLowerCase());
      return { status: 200, body: { value: wanted.map((w) => schedule.value.find((v) => String(v.scheduleId).toLowerCase() === w) ?? { scheduleId: w, error: { message: 'not found', responseCode: 'ErrorMailRecipientNotFound' } }) } };
    }
    if (p === '/me/getMailTips') {
      // The documented answer, for the addresses asked about: Adele has the scheduled replies, everyone else none.
      const [scheduled, none] = contractBody<{ value: Record<string, unknown>[] }>('getMailTips.post.10').value;
      const wanted = ((body as { EmailAddresses?: string[] }).EmailAddresses ?? []).map((a) => a.toLowerCase());
      return { status: 200, body: { value: wanted.map((address) => ({ ...(address === 'adelev@contoso.onmicrosoft.com' ? scheduled : none), emailAddress: { name: '', address } })) } };
    }
    const members = /^\/groups\/([^/]+)\/members$/.exec(p);
    if (members) {
      // The documented plan's group: the user, Megan, and Alex, whom getSchedule does not know.
      if (decodeURIComponent(members[1] ?? '') !== 'ebf3b108-5234-4e22-b93d-656d7dae5874') return { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'no group' } } };
      const alex = { id: 'alex-id', displayName: 'Alex', mail: 'alexw@contoso.onmicrosoft.com' };
      return { status: 200, body: { value: [me, users['fbab97d0-4932-4511-b675-204639209557'], alex].map((u) => ({ '@odata.type': '#microsoft.graph.user', ...u })) } };
    }
    if (p === '/me/mailFolders/sentitems/messages') return { status: 200, body: { value: [{ sentDateTime: '2020-08-20T09:00:00Z' }] } };
    return { status: 404, body: { error: { code: 'ResourceNotFound', message: `no route ${p}` } } };
  };

  const answer = (url: URL, body: unknown) => {
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    seen.push(`${path}${url.search}`);
    return opts.faults?.(path, n) ?? route(url, body);
  };

  const fetchFn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const json = (status: number, b: unknown, headers: Record<string, string> = {}, raw?: string) =>
      new Response(raw ?? JSON.stringify(b), { status, headers: { 'Content-Type': 'application/json', ...headers } });
    if (url.pathname === '/v1.0/$batch') {
      const outer = opts.faults?.('/$batch', (counts.get('/$batch') ?? 0) + 1);
      counts.set('/$batch', (counts.get('/$batch') ?? 0) + 1);
      if (outer) return json(outer.status, outer.body, outer.headers, outer.raw);
      const requests = (body as { requests: { id: string; url: string; body?: unknown }[] }).requests;
      if (requests.length > 20) return json(400, { error: { code: 'BadRequest', message: 'too many' } });
      const responses = requests.map((r) => {
        const a = answer(new URL(`${origin}/v1.0${r.url}`), r.body);
        return { id: r.id, status: a.status, headers: { 'Content-Type': 'application/json', ...a.headers }, body: a.body };
      });
      return json(200, { responses });
    }
    const a = answer(url, body);
    return json(a.status, a.body, a.headers, a.raw);
  };
  return { fetch: fetchFn as typeof fetch, seen, origin };
}
