import { rootCertificates } from 'node:tls';
import { Agent, fetch as undiciFetch } from 'undici';

/**
 * A `fetch` that trusts extra certificate authorities (e.g. the Graph simulator's local CA) on top of the
 * system's roots. TLS verification stays on: the extra CA is added, nothing is switched off.
 * Without `extraCaPem` it is the platform's `fetch`.
 */
export function createTrustingFetch(extraCaPem?: string): typeof fetch {
  if (extraCaPem === undefined || extraCaPem.trim() === '') return globalThis.fetch.bind(globalThis);
  const dispatcher = new Agent({ connect: { ca: [...rootCertificates, extraCaPem] } });
  const trusting = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher });
  return trusting as unknown as typeof fetch;
}
