import { OfficeMockObject } from 'office-addin-mock';

/** An address as Office gives it (`Office.EmailAddressDetails`). */
export interface MockAddress {
  displayName: string;
  emailAddress: string;
}

/** The Outlook an add-in pane runs in, as a test sets it up. */
export interface OfficeMockOptions {
  mode: 'read' | 'compose';
  /** Compose: the recipients; read: the message's To line. */
  to?: MockAddress[];
  cc?: MockAddress[];
  /** Read: the sender. */
  from?: MockAddress;
  /** The subject already written (compose) or the message's (read). */
  subject?: string;
  /** Requirement sets Office reports as supported, e.g. `{ Mailbox: '1.13', IdentityAPI: '1.3' }`. */
  supports?: Record<string, string>;
  displayLanguage?: string;
  /** Outlook's body background colour (how Outlook tells its theme), e.g. `#1f1f1f` in dark mode. */
  bodyBackgroundColor?: string;
  /** What `Office.auth.getAccessToken` gives: a token, or an Office error code (13xxx) it fails with. */
  sso?: { token: string } | { errorCode: number };
}

/** What the add-in did to the message, read back by the test. */
export interface OfficeMockRecord {
  inserted: { data: string; coercionType: unknown }[];
  /** `delayDeliveryTime.setAsync`'s date, as an ISO instant. */
  delayDeliveryTime?: string;
  tokenRequests: number;
  /** The subject of the message being written, as the add-in left it. */
  subject: string;
  recipientsChanged?: () => void;
  /** The pane's `ItemChanged` handler (another message selected while pinned). */
  itemChanged?: () => void;
}

const SUCCEEDED = 'succeeded';
const FAILED = 'failed';
type Callback<T> = (result: { status: string; value?: T; error?: { name: string; message: string } }) => void;

const atLeast = (have: string | undefined, want: string | undefined) => {
  if (have === undefined) return false;
  if (want === undefined) return true;
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

/**
 * An Office global for an Outlook message, built with `office-addin-mock` (`OfficeMockObject`, host `outlook`) as
 * Microsoft's unit-testing guide does: the callback APIs the pane calls answer as Office would, and what the pane
 * does to the message (inserted HTML, the delayed delivery time) is recorded for the test to read back.
 * The same module is bundled with esbuild for the browser test, where it stands in for office.js.
 */
export function createOfficeMock(options: OfficeMockOptions): { office: OfficeMockObject; record: OfficeMockRecord } {
  const record: OfficeMockRecord = { inserted: [], tokenRequests: 0, subject: options.subject ?? '' };
  const ok = <T>(cb: Callback<T> | undefined, value?: T) => cb?.({ status: SUCCEEDED, ...(value === undefined ? {} : { value }) });
  // Read at call time, so a test can change the recipients (then call `recipientsChanged`) as a person typing would.
  const recipients = (field: 'to' | 'cc') => ({
    getAsync: (cb: Callback<MockAddress[]>) => ok(cb, (options[field] ?? []).map((a) => ({ ...a, recipientType: 'user' }))),
  });
  const supports = options.supports ?? {};
  const item =
    options.mode === 'compose'
      ? {
          itemType: 'message',
          to: recipients('to'),
          cc: recipients('cc'),
          subject: {
            getAsync: (cb: Callback<string>) => ok(cb, record.subject),
            setAsync: (subject: string, cb: Callback<void>) => {
              record.subject = subject;
              ok(cb);
            },
          },
          body: {
            setSelectedDataAsync: (data: string, opts: { coercionType?: unknown }, cb: Callback<void>) => {
              record.inserted.push({ data, coercionType: opts.coercionType });
              ok(cb);
            },
          },
          ...(atLeast(supports.Mailbox, '1.13')
            ? {
                delayDeliveryTime: {
                  setAsync: (at: Date, cb: Callback<void>) => {
                    if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
                      cb({ status: FAILED, error: { name: 'InvalidArgument', message: 'not a date' } });
                      return;
                    }
                    record.delayDeliveryTime = at.toISOString();
                    ok(cb);
                  },
                  getAsync: (cb: Callback<Date | 0>) => ok(cb, record.delayDeliveryTime === undefined ? 0 : new Date(record.delayDeliveryTime)),
                },
              }
            : {}),
          addHandlerAsync: (_event: unknown, handler: () => void, cb?: Callback<void>) => {
            record.recipientsChanged = handler;
            ok(cb);
          },
        }
      : { itemType: 'message', subject: options.subject ?? '', to: options.to ?? [], cc: options.cc ?? [], from: options.from ?? { displayName: '', emailAddress: '' } };
  const office = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: FAILED },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged', ItemChanged: 'olkItemSelectedChanged' },
    HostType: { Outlook: 'Outlook' },
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? '#ffffff', bodyForegroundColor: '#242424' },
      requirements: { isSetSupported: (name: string, version?: string) => atLeast(supports[name], version) },
      mailbox: {
        item,
        addHandlerAsync: (_event: unknown, handler: () => void, cb?: Callback<void>) => {
          record.itemChanged = handler;
          ok(cb);
        },
      },
    },
    auth: {
      getAccessToken: () => {
        record.tokenRequests += 1;
        const sso = options.sso;
        if (sso === undefined) return Promise.reject(Object.assign(new Error('SSO is not supported'), { code: 13012 }));
        if ('errorCode' in sso) return Promise.reject(Object.assign(new Error(`Office SSO error ${sso.errorCode}`), { code: sso.errorCode }));
        return Promise.resolve(sso.token);
      },
    },
  });
  return { office, record };
}
