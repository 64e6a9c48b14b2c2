/** The tab's build-time settings: the only module that reads `import.meta.env`. */
export interface WebConfig {
  /** Prefix of API URLs; '' when the server serves the tab (same origin). */
  apiBaseUrl: string;
  /** How far ahead the risks view looks, in days. */
  horizonDays: number;
  /** How long to wait for a Teams/Outlook host to answer `app.initialize()` when the tab is framed (a top-level page never asks). */
  hostInitTimeoutMs: number;
  /** Page on our origin that starts the consent flow in the `authentication.authenticate` pop-up. */
  consentStartPath: string;
}

const env = import.meta.env;

export const config: Readonly<WebConfig> = Object.freeze({
  apiBaseUrl: typeof env.VITE_API_BASE_URL === 'string' ? env.VITE_API_BASE_URL.replace(/\/$/, '') : '',
  horizonDays: positiveInt(env.VITE_HORIZON_DAYS, 14),
  hostInitTimeoutMs: positiveInt(env.VITE_HOST_INIT_TIMEOUT_MS, 5000),
  consentStartPath: typeof env.VITE_CONSENT_START_PATH === 'string' ? env.VITE_CONSENT_START_PATH : '/auth-start.html',
});

function positiveInt(value: unknown, fallback: number): number {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
