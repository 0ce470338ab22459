import type { RuntimeConfig } from '../lib/runtime-config.ts';

// Front embeds the plugin in an iframe, so framing is limited with CSP frame-ancestors; X-Frame-Options is NOT
// sent: it cannot name Front's origins and would make browsers refuse to show the plugin at all. 'self' lets the
// demo inbox (the build's Front stand-in, same origin) frame the plugin as well.
const FRAME_ANCESTORS = ["'self'", 'https://*.frontapp.com', 'https://*.frontapplication.com'];

// Without the proxy the browser talks to Salesforce itself, to the hosts the proxy would allow: the instance (My
// Domain) and the login hosts. The demo needs them too: its fake org answers those URLs from a service worker,
// and CSP is checked before the worker sees a request.
const SALESFORCE_CONNECT_SOURCES = ['https://*.my.salesforce.com', 'https://login.salesforce.com', 'https://test.salesforce.com'];

function connectSources(config: RuntimeConfig): readonly string[] {
  return config.transport === 'proxy' ? ["'self'"] : ["'self'", ...SALESFORCE_CONNECT_SOURCES];
}

/**
 * No inline script or style anywhere: Vite emits only external files, and React applies `style` props through
 * the CSSOM, which style-src does not govern — so neither 'unsafe-inline' nor 'unsafe-eval' is needed.
 */
export function contentSecurityPolicy(config: RuntimeConfig): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connectSources(config).join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

/** Headers for every response of `npm start`. */
export function securityHeaders(config: RuntimeConfig): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config),
    'X-Content-Type-Options': 'nosniff',
    // The OAuth callback's URL holds the authorization code, and nothing the plugin calls needs a Referer.
    'Referrer-Policy': 'no-referrer',
    // Browsers ignore it over plain http (local runs) and keep it once they reached the deployment over https.
    'Strict-Transport-Security': 'max-age=31536000',
  };
}
