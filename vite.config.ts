/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { nodePolyfills } from 'vite-plugin-node-polyfills';

// jsforce/core needs a few Node built-ins in the browser; without them it fails at load.
// `crypto` is aliased to a stub because PKCE is done with WebCrypto, which keeps ~260 KB gz out of the bundle.
export default defineConfig({
  plugins: [
    react(),
    nodePolyfills({ include: ['events', 'stream', 'util', 'querystring', 'timers', 'buffer', 'process'] }),
  ],
  resolve: {
    alias: { crypto: fileURLToPath(new URL('./src/lib/crypto-stub.ts', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
