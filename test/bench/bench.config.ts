import { defineConfig } from '@playwright/test';
import e2e from '../e2e/playwright.config';

// The benchmark drives the same production build and browser as the e2e tests, one page at a time so its
// timings don't compete with another test for the machine's two cores.
export default defineConfig({
  ...e2e,
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
  outputDir: '../../test-results/bench',
  // No Playwright trace: it snapshots the DOM of both frames around every action, on the page's main thread, so
  // the snapshot after each conversation click would land inside the time being measured.
  use: { ...e2e.use, trace: 'off' },
  // Only the demo's production build: the other servers are for specs the benchmark doesn't run.
  webServer: Array.isArray(e2e.webServer) ? e2e.webServer[0] : e2e.webServer,
});
