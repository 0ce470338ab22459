import { defineConfig } from '@playwright/test';
import e2e from '../e2e/playwright.config';

// README's screenshots: the same production build, browser and servers as the e2e tests, one page at a time.
export default defineConfig({
  ...e2e,
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  outputDir: '../../test-results/screenshots',
});
