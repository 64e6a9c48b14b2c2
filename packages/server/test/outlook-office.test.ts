import { describe, expect, it } from 'vitest';
import { createOfficeMail, isOfficeDark, OfficeCallError, watchItemChanged, type OfficeSlice } from '../../web/src/office/office-adapter.js';
import { createOfficeMock, type OfficeMockOptions } from './e2e/support/office-host.js';

// The add-in pane's Office adapter (packages/web/src/office) against office-addin-mock, as Microsoft's
// "Unit testing in Office Add-ins" guide does: the mock is the Office global, the adapter the code under test.
const jonas = { displayName: 'Jonas Weber', emailAddress: 'jonas.weber@northwind.example' };
const marcus = { displayName: 'Marcus Green', emailAddress: 'Marcus.Green@northwind.example' };

function mailFor(options: OfficeMockOptions) {
  const { office, record } = createOfficeMock(options);
  const mail = createOfficeMail(office as unknown as OfficeSlice);
  if (mail === undefined) throw new Error('the mock has no mail item');
  return { mail, record, office };
}

describe('the Office adapter', () => {
  it('reads To and Cc of a message being written, each address once', async () => {
    const { mail } = mailFor({ mode: 'compose', to: [jonas, marcus], cc: [{ ...jonas, emailAddress: 'JONAS.WEBER@northwind.example' }] });
    expect(mail.mode).toBe('compose');
    expect(await mail.loadAddresses()).toEqual(['jonas.weber@northwind.example', 'Marcus.Green@northwind.example']);
  });

  it('reads the sender of a message being read', async () => {
    const { mail } = mailFor({ mode: 'read', from: marcus, to: [jonas] });
    expect(mail.mode).toBe('read');
    expect(await mail.loadAddresses()).toEqual(['Marcus.Green@northwind.example']);
    expect(mail.canDelayDelivery).toBe(false);
    await expect(mail.insertHtml('<p>x</p>')).rejects.toBeInstanceOf(OfficeCallError);
  });

  it('inserts HTML at the cursor as HTML', async () => {
    const { mail, record } = mailFor({ mode: 'compose', to: [jonas] });
    await mail.insertHtml('<p>Hallo Jonas,</p>');
    expect(record.inserted).toEqual([{ data: '<p>Hallo Jonas,</p>', coercionType: 'html' }]);
  });

  it('fills the subject only while it is empty', async () => {
    const empty = mailFor({ mode: 'compose', to: [jonas] });
    expect(await empty.mail.fillEmptySubject('Hinweis: SOW')).toBe(true);
    expect(empty.record.subject).toBe('Hinweis: SOW');
    const written = mailFor({ mode: 'compose', to: [jonas], subject: 'Re: Vertrag' });
    expect(await written.mail.fillEmptySubject('Hinweis: SOW')).toBe(false);
    expect(written.record.subject).toBe('Re: Vertrag');
    expect(await mailFor({ mode: 'read', from: jonas, subject: 'Vertrag' }).mail.fillEmptySubject('x')).toBe(false);
  });

  it('holds delivery only where Mailbox 1.13 is supported', async () => {
    const at = new Date('2025-03-25T07:00:00Z');
    const withSet = mailFor({ mode: 'compose', to: [jonas], supports: { Mailbox: '1.13' } });
    expect(withSet.mail.canDelayDelivery).toBe(true);
    await withSet.mail.delayDelivery(at);
    expect(withSet.record.delayDeliveryTime).toBe('2025-03-25T07:00:00.000Z');
    const older = mailFor({ mode: 'compose', to: [jonas], supports: { Mailbox: '1.12' } });
    expect(older.mail.canDelayDelivery).toBe(false);
    await expect(older.mail.delayDelivery(at)).rejects.toBeInstanceOf(OfficeCallError);
  });

  it('turns a failed Office call into an error that names the call', async () => {
    const { mail } = mailFor({ mode: 'compose', to: [jonas], supports: { Mailbox: '1.13' } });
    await expect(mail.delayDelivery(new Date(Number.NaN))).rejects.toMatchObject({ call: 'delayDeliveryTime.setAsync', officeName: 'InvalidArgument' });
  });

  it("uses Office's SSO only with IdentityAPI 1.3, and passes Office's error code on", async () => {
    const sso = mailFor({ mode: 'compose', to: [jonas], supports: { IdentityAPI: '1.3' }, sso: { token: 'a.b.c' } });
    expect(sso.mail.canUseSso).toBe(true);
    expect(await sso.mail.getAccessToken()).toBe('a.b.c');
    expect(mailFor({ mode: 'compose', to: [jonas], sso: { token: 'a.b.c' } }).mail.canUseSso).toBe(false);
    const refused = mailFor({ mode: 'compose', to: [jonas], supports: { IdentityAPI: '1.3' }, sso: { errorCode: 13001 } });
    await expect(refused.mail.getAccessToken()).rejects.toMatchObject({ officeName: '13001' });
  });

  it('tells the pane when the recipients change', async () => {
    const { mail, record } = mailFor({ mode: 'compose', to: [jonas] });
    let calls = 0;
    expect(await mail.onRecipientsChanged(() => (calls += 1))).toBe(true);
    record.recipientsChanged?.();
    expect(calls).toBe(1);
  });

  it('follows the person to another message while the pane is pinned', async () => {
    const { office, record } = createOfficeMock({ mode: 'compose', to: [jonas] });
    const slice = office as unknown as OfficeSlice;
    const seen: string[] = [];
    expect(await watchItemChanged(slice, () => seen.push(createOfficeMail(slice)?.mode ?? 'none'))).toBe(true);
    const read = createOfficeMock({ mode: 'read', from: marcus }).office;
    (office.context.mailbox as { item: unknown }).item = read.context.mailbox.item;
    record.itemChanged?.();
    expect(seen).toEqual(['read']);
  });

  it.each([
    // Relative luminance: #1f1f1f → (31/255 → 0.0137 linear) ≈ 0.014 < 0.5, dark; #ffffff → 1, light;
    // #767676 → (118/255 → 0.1812) ≈ 0.181 < 0.5, dark; #c8c8c8 → (200/255 → 0.5776) ≈ 0.578, light.
    { color: '#1f1f1f', dark: true },
    { color: '#ffffff', dark: false },
    { color: '#767676', dark: true },
    { color: '#c8c8c8', dark: false },
    { color: 'white', dark: undefined },
  ])('reads Outlook’s theme from its body colour $color', ({ color, dark }) => {
    const { office } = createOfficeMock({ mode: 'read', from: jonas, bodyBackgroundColor: color });
    expect(isOfficeDark(office as unknown as OfficeSlice)).toBe(dark);
  });

  it('has no mail without an item (no message open)', () => {
    const { office } = createOfficeMock({ mode: 'compose' });
    (office.context.mailbox as { item: unknown }).item = null;
    expect(createOfficeMail(office as unknown as OfficeSlice)).toBeUndefined();
  });
});
