/**
 * Pages served at a path other than their file's place in dist/. Everything else is served at its own path
 * (`/assets/…`, `/icon.svg`); there is no SPA fallback, since the plugin has no client-side routes.
 */
export const PAGE_ROUTES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  // Salesforce sends the sign-in popup back here (the default SALESFORCE_CALLBACK_URL).
  '/oauth/callback': 'src/app/oauth-callback/index.html',
};
