/**
 * The only code that touches Office.js: it promise-wraps the callback APIs the add-in pane uses. It is written
 * against the small structural slice of `Office` below (what `@types/office-js` describes, checked against it in
 * `load-office.ts`), so tests hand it an `office-addin-mock` object instead of the real library.
 */

/** Office's asynchronous result (`Office.AsyncResult`). */
export interface OfficeAsyncResult<T> {
  readonly status: unknown;
  readonly value?: T;
  readonly error?: { readonly name?: string; readonly message?: string; readonly code?: number };
}
type Callback<T> = (result: OfficeAsyncResult<T>) => void;

export interface OfficeEmailAddress {
  readonly displayName?: string;
  readonly emailAddress: string;
}

/** `Office.Recipients` (compose) and `Office.From` (compose, Mailbox 1.7). */
interface RecipientsSlice {
  getAsync(callback: Callback<OfficeEmailAddress[]>): void;
}

/** The part of `Office.context.mailbox.item` the pane uses, in read and compose mode. */
export interface OfficeItemSlice {
  /** Compose: a `Recipients` object; read: the array of addresses. */
  readonly to?: RecipientsSlice | readonly OfficeEmailAddress[];
  readonly cc?: RecipientsSlice | readonly OfficeEmailAddress[];
  /** Read: the sender. */
  readonly from?: OfficeEmailAddress | { getAsync(callback: Callback<OfficeEmailAddress>): void };
  readonly body?: {
    setSelectedDataAsync(data: string, options: { coercionType: string }, callback: Callback<void>): void;
  };
  /** Compose: a `Subject` object; read: the subject as text. */
  readonly subject?: string | { getAsync(callback: Callback<string>): void; setAsync(subject: string, callback: Callback<void>): void };
  /** Compose, Mailbox 1.13. */
  readonly delayDeliveryTime?: {
    setAsync(dateTime: Date, callback: Callback<void>): void;
    getAsync(callback: Callback<Date | 0>): void;
  };
  addHandlerAsync?(eventType: unknown, handler: () => void, callback?: Callback<void>): void;
}

/** The part of the `Office` global the pane uses. */
export interface OfficeSlice {
  onReady?(): Promise<{ host: unknown; platform: unknown }>;
  readonly AsyncResultStatus: { readonly Succeeded: unknown };
  readonly CoercionType: { readonly Html: string };
  readonly EventType?: { readonly RecipientsChanged?: unknown; readonly ItemChanged?: unknown };
  readonly context: {
    readonly displayLanguage?: string;
    /** Outlook says its theme only through colours (`isDarkTheme` is not supported there). */
    readonly officeTheme?: { readonly bodyBackgroundColor?: string };
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly mailbox?: {
      readonly item?: OfficeItemSlice | null;
      addHandlerAsync?(eventType: unknown, handler: () => void, callback?: Callback<void>): void;
    };
  };
  readonly auth?: {
    getAccessToken(options?: { allowSignInPrompt?: boolean; allowConsentPrompt?: boolean; forMSGraphAccess?: boolean }): Promise<string>;
  };
}

/** Whether the pane is open on a message being read or one being written. */
export type MailMode = 'read' | 'compose';

/** An Office call that failed: Office's own error name and message, kept for the pane to explain. */
export class OfficeCallError extends Error {
  constructor(
    readonly call: string,
    readonly officeName: string | undefined,
    message: string,
  ) {
    super(`${call}: ${message}`);
    this.name = 'OfficeCallError';
  }
}

/** The add-in pane's view of Office: the open message, and what it may do to it. */
export interface OfficeMail {
  readonly mode: MailMode;
  /** Office's display language (BCP 47), when it says. */
  readonly displayLanguage?: string;
  /** Read: the sender; compose: To then Cc (each address once, as written). */
  loadAddresses(): Promise<string[]>;
  /** Puts HTML at the cursor of the message being written (replacing any selection). */
  insertHtml(html: string): Promise<void>;
  /** Sets the subject of the message being written when it has none yet; true when it did. */
  fillEmptySubject(subject: string): Promise<boolean>;
  /** Mailbox 1.13 and a compose item: "Deliver in their morning" can hold the message. */
  readonly canDelayDelivery: boolean;
  /** Holds the message being written until `at` once the person sends it. */
  delayDelivery(at: Date): Promise<void>;
  /** Office's SSO is there (IdentityAPI 1.3). */
  readonly canUseSso: boolean;
  /** The SSO token for our API (Office shows its own sign-in or consent prompt when it must). */
  getAccessToken(): Promise<string>;
  /** Calls `handler` when the recipients of the message being written change; false when Office cannot tell. */
  onRecipientsChanged(handler: () => void): Promise<boolean>;
}

function call<T>(office: OfficeSlice, name: string, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value as T);
        else reject(new OfficeCallError(name, result.error?.name, result.error?.message ?? 'Office reported a failure'));
      });
    } catch (error) {
      reject(new OfficeCallError(name, undefined, error instanceof Error ? error.message : String(error)));
    }
  });
}

const isRecipients = (value: unknown): value is RecipientsSlice => typeof (value as RecipientsSlice | undefined)?.getAsync === 'function';

function uniqueAddresses(lists: readonly (readonly OfficeEmailAddress[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of lists.flat()) {
    const address = entry.emailAddress.trim();
    if (address === '' || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    out.push(address);
  }
  return out;
}

/**
 * The pane's Office for the item open now; undefined when Office has no mail item (not in Outlook, or no
 * message selected). Compose mode is told apart by the shape Office gives `to`: a `Recipients` object with
 * `getAsync`, where read mode gives the plain list.
 */
export function createOfficeMail(office: OfficeSlice): OfficeMail | undefined {
  const item = office.context.mailbox?.item ?? undefined;
  if (item === undefined) return undefined;
  const mode: MailMode = isRecipients(item.to) ? 'compose' : 'read';
  const supports = (set: string, version: string) => office.context.requirements?.isSetSupported(set, version) ?? false;
  const delay = item.delayDeliveryTime;
  const auth = office.auth;
  return {
    mode,
    ...(office.context.displayLanguage === undefined ? {} : { displayLanguage: office.context.displayLanguage }),
    async loadAddresses() {
      if (mode === 'read') {
        const from = item.from;
        if (from === undefined) return [];
        const sender = 'emailAddress' in from ? from : await call<OfficeEmailAddress>(office, 'from.getAsync', (cb) => from.getAsync(cb));
        return uniqueAddresses([[sender]]);
      }
      const lists = await Promise.all(
        [item.to, item.cc].map((field, i) =>
          isRecipients(field) ? call<OfficeEmailAddress[]>(office, i === 0 ? 'to.getAsync' : 'cc.getAsync', (cb) => field.getAsync(cb)) : Promise.resolve([]),
        ),
      );
      return uniqueAddresses(lists);
    },
    async insertHtml(html) {
      const body = item.body;
      if (body === undefined || mode !== 'compose') throw new OfficeCallError('body.setSelectedDataAsync', undefined, 'the item is not being written');
      await call<void>(office, 'body.setSelectedDataAsync', (cb) => body.setSelectedDataAsync(html, { coercionType: office.CoercionType.Html }, cb));
    },
    async fillEmptySubject(subject) {
      const field = item.subject;
      if (mode !== 'compose' || field === undefined || typeof field === 'string') return false;
      const current = await call<string>(office, 'subject.getAsync', (cb) => field.getAsync(cb));
      if ((current ?? '').trim() !== '') return false;
      await call<void>(office, 'subject.setAsync', (cb) => field.setAsync(subject, cb));
      return true;
    },
    canDelayDelivery: mode === 'compose' && delay !== undefined && supports('Mailbox', '1.13'),
    async delayDelivery(at) {
      if (delay === undefined) throw new OfficeCallError('delayDeliveryTime.setAsync', undefined, 'Mailbox 1.13 is not supported');
      await call<void>(office, 'delayDeliveryTime.setAsync', (cb) => delay.setAsync(at, cb));
    },
    canUseSso: auth !== undefined && supports('IdentityAPI', '1.3'),
    async getAccessToken() {
      if (auth === undefined) throw new OfficeCallError('auth.getAccessToken', undefined, 'Office SSO is not available');
      try {
        return await auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
      } catch (error) {
        const e = error as { name?: string; message?: string; code?: number };
        throw new OfficeCallError('auth.getAccessToken', e.code === undefined ? e.name : String(e.code), e.message ?? String(error));
      }
    },
    async onRecipientsChanged(handler) {
      const event = office.EventType?.RecipientsChanged;
      const add = item.addHandlerAsync;
      if (mode !== 'compose' || event === undefined || add === undefined) return false;
      try {
        await call<void>(office, 'item.addHandlerAsync', (cb) => add.call(item, event, handler, cb));
        return true;
      } catch {
        // Older hosts without the event: the pane offers a refresh instead.
        return false;
      }
    },
  };
}

/**
 * Calls `handler` when the person selects another message while the pane is pinned (`ItemChanged`, Mailbox 1.5);
 * the pane then reads `createOfficeMail` again. False when Office cannot tell (the pane closes with its item then).
 */
export async function watchItemChanged(office: OfficeSlice, handler: () => void): Promise<boolean> {
  const mailbox = office.context.mailbox;
  const event = office.EventType?.ItemChanged;
  const add = mailbox?.addHandlerAsync;
  if (mailbox === undefined || event === undefined || add === undefined) return false;
  try {
    await call<void>(office, 'mailbox.addHandlerAsync', (cb) => add.call(mailbox, event, handler, cb));
    return true;
  } catch {
    // A host without the event: nothing to follow.
    return false;
  }
}

/**
 * Whether Outlook shows a dark theme, from its body background colour (Outlook does not support `isDarkTheme`):
 * dark when the colour's relative luminance (WCAG) is under one half. Undefined when Office does not say.
 * @example isOfficeDark(office) // true for bodyBackgroundColor '#1f1f1f', false for '#ffffff'
 */
export function isOfficeDark(office: OfficeSlice): boolean | undefined {
  const hex = /^#?([0-9a-f]{6})$/i.exec(office.context.officeTheme?.bodyBackgroundColor?.trim() ?? '')?.[1];
  if (hex === undefined) return undefined;
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4) < 0.5;
}
