/// <reference types="office-js" />
import type { OfficeSlice } from './office-adapter.js';

/** The real Office.js global fits the adapter's slice (checked here, where `@types/office-js` is in scope). */
type Fits<T extends OfficeSlice> = T;
export type OfficeGlobal = Fits<typeof Office>;

/**
 * Waits for Office.js (loaded from Microsoft's CDN by `addin/taskpane.html`) to be ready, and gives the `Office`
 * global when the page runs in Outlook; undefined outside Office (the demo in a plain browser, or the CDN blocked)
 * or when Office does not answer within `timeoutMs`.
 */
export async function loadOffice(timeoutMs: number): Promise<OfficeSlice | undefined> {
  const office = (globalThis as unknown as { Office?: OfficeSlice }).Office;
  if (office === undefined || typeof office.onReady !== 'function') return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady().catch(() => undefined), timeout]);
    // Outside Office, office.js still loads and answers with no host.
    return info !== undefined && info.host !== null && info.host !== undefined ? office : undefined;
  } finally {
    clearTimeout(timer);
  }
}
