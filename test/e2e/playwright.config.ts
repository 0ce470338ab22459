import { defineConfig } from '@playwright/test';

// Browser tests run the production build (vite preview) in Debian's Chromium: no browser download, ever.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same build, configured as a real deployment would be: the `direct` transport, signing in at the My Domain
// https://demo.my.salesforce.com. Nothing on the network answers that host: the specs that use this server
// (layouts.spec.ts, through shared-org.ts) answer it from one fake org in the test process, shared by several
// browser contexts — "teammates on other machines" — which the demo's per-page org cannot be.
const DIRECT_PORT = Number(process.env.E2E_DIRECT_PORT ?? PORT + 1);
process.env.E2E_DIRECT_PORT = String(DIRECT_PORT);
// README's first command runs the Vite dev server; dev-server.spec.ts checks the demo works there too.
const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PORT + 2);
process.env.E2E_DEV_PORT = String(DEV_PORT);

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report' }]],
  outputDir: '../../test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      cwd: '../..',
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${DIRECT_PORT} --strictPort`,
      cwd: '../..',
      // What src/server/vite-plugin.ts serves as /config.json. Any client id: the fake org accepts every one.
      env: {
        SALESFORCE_TRANSPORT: 'direct',
        SALESFORCE_CLIENT_ID: 'front-sidebar-e2e',
        SALESFORCE_LOGIN_URL: 'https://demo.my.salesforce.com',
      },
      url: `http://localhost:${DIRECT_PORT}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite --port ${DEV_PORT} --strictPort`,
      cwd: '../..',
      url: `http://localhost:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
