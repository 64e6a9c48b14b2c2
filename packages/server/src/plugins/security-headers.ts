import fp from 'fastify-plugin';

/** Hosts Microsoft documents for embedding tabs (Teams, Outlook, Microsoft 365 app), plus ourselves. */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

const htmlPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI (Griffel) inserts style rules at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/**
 * Outlook's add-in task pane (`/addin/…` only): Office requires office.js from Microsoft's CDN, which loads its
 * host scripts from the same origin; Outlook on the web, outlook.com and the new Outlook frame the pane.
 */
const addinPolicy = htmlPolicy
  .replace("script-src 'self'", "script-src 'self' https://appsforoffice.microsoft.com")
  .replace('frame-ancestors ', 'frame-ancestors https://outlook.live.com https://*.outlook.com https://*.officeapps.live.com ');

/**
 * A small static header set on every response, and the full CSP on HTML documents. X-Frame-Options is not
 * sent: it would block the Teams and Outlook iframes, and `frame-ancestors` supersedes it.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (_req, reply, payload) => {
      void reply.header('x-content-type-options', 'nosniff');
      void reply.header('referrer-policy', 'strict-origin-when-cross-origin');
      void reply.header('cross-origin-resource-policy', 'same-origin');
      const type = String(reply.getHeader('content-type') ?? '');
      if (type.startsWith('text/html')) void reply.header('content-security-policy', reply.request.url.startsWith('/addin/') ? addinPolicy : htmlPolicy);
      else void reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      if (!reply.hasHeader('cache-control') && !type.startsWith('text/html') && reply.request.url.startsWith('/api/')) {
        void reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'security-headers' },
);
