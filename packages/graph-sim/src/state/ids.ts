import { createHash } from 'node:crypto';

const digest = (parts: readonly string[]): Buffer => createHash('sha256').update(parts.join('\u0000')).digest();

/** A GUID derived from the parts: same parts, same id (the demo data is deterministic). */
export function guidFrom(...parts: string[]): string {
  const h = digest(parts).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** An Outlook-style item id (`AAMkAD…=`), derived from the parts. */
export function outlookIdFrom(...parts: string[]): string {
  return `AAMkAD${digest(parts).toString('base64url').slice(0, 38)}AAA=`;
}

/** A 28-character Planner id, derived from the parts. */
export function plannerIdFrom(...parts: string[]): string {
  return digest(parts).toString('base64url').slice(0, 28);
}

/** A fresh random id for items created through the API. */
export function newOutlookId(counter: number, seed: string): string {
  return outlookIdFrom('created', seed, String(counter));
}
