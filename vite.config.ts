/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { nodePolyfills } from 'vite-plugin-node-polyfills';
import { devHostPlugin } from './src/dev-host/vite-plugin.ts';
import { jsforceModernBuild } from './src/salesforce/jsforce-build/vite-plugin.ts';
import { salesforceServerPlugin } from './src/server/vite-plugin.ts';

// jsforce/core needs a few Node built-ins in the browser; without them it fails at load.
// `crypto` is aliased to a stub because PKCE is done with WebCrypto, which keeps ~260 KB gz out of the bundle.
export default defineConfig({
  plugins: [
    react(),
    // jsforce's ES2019 build with its browser swaps, rather than its core-js-laden browser build.
    jsforceModernBuild(),
    nodePolyfills({ include: ['events', 'stream', 'util', 'querystring', 'timers', 'buffer', 'process'] }),
    // The demo's Front stand-in, served at the root URL; the plugin itself is index.html.
    devHostPlugin(),
    // What `npm start` serves besides files (/salesforce-proxy, /config.json, the OAuth handoff), in dev and preview too.
    salesforceServerPlugin(),
  ],
  build: {
    // The demo's lazily loaded fake org is one large chunk by design; what agents download before the panel
    // renders is measured by the benchmark against its own budget.
    chunkSizeWarningLimit: 1024,
    // The benchmark reads which chunks only the demo loads from here.
    manifest: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        devHost: fileURLToPath(new URL('./src/dev-host/index.html', import.meta.url)),
        // Salesforce's OAuth redirect target, served at /oauth/callback (dev-host plugin here, src/server in production).
        oauthCallback: fileURLToPath(new URL('./src/app/oauth-callback/index.html', import.meta.url)),
      },
    },
  },
  server: {
    // README's first command opens the demo straight away: transform the three pages' module graphs while the
    // browser is still starting, rather than one request at a time on the first visit.
    warmup: { clientFiles: ['./src/dev-host/main.tsx', './src/app/main.tsx', './src/app/oauth-callback/main.ts'] },
  },
  resolve: {
    alias: { crypto: fileURLToPath(new URL('./src/lib/crypto-stub.ts', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // Screen tests render real forms against the fake org through jsforce (some run axe-core too); on a
    // two-core CI machine running every file in parallel, 5 s is too tight for them.
    testTimeout: 15_000,
  },
});
