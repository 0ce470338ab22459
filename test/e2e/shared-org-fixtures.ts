import type { Browser, FrameLocator, Page } from '@playwright/test';
import { test as base, expect, sidebar, signInThroughPopup } from './fixtures';
import { createSharedOrg, directAppUrl, type SharedOrg } from './shared-org';

interface SharedOrgFixtures {
  /** The one org every browser of the test talks to. */
  sharedOrg: SharedOrg;
  /** Opens another browser ("another machine") on the app, connected to the same org, as `userId` if given. */
  openBrowser: (options?: { userId?: string }) => Promise<Page>;
}

/**
 * Browser tests against the production `direct` build: `page` (and any browser from `openBrowser`) reaches
 * https://demo.my.salesforce.com, answered by the test's shared org. Every browser fails the test on a console
 * error, as `page` does (see fixtures.ts).
 */
export const test = base.extend<SharedOrgFixtures>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: `{}` means none.
  /* eslint-disable no-empty-pattern */
  baseURL: async ({}, provide) => provide(directAppUrl()),
  sharedOrg: async ({}, provide) => provide(createSharedOrg()),
  /* eslint-enable no-empty-pattern */
  context: async ({ context, sharedOrg, baseURL }, provide) => {
    await sharedOrg.connect(context, { appOrigin: new URL(baseURL!).origin });
    await provide(context);
  },
  openBrowser: async ({ browser, sharedOrg, baseURL, expectedConsoleErrors }, provide) => {
    const opened: { close: () => Promise<void>; problems: string[] }[] = [];
    await provide(async ({ userId } = {}) => {
      const { page, problems, close } = await guardedPage(browser, baseURL!, expectedConsoleErrors);
      await sharedOrg.connect(page.context(), { appOrigin: new URL(baseURL!).origin, ...(userId && { userId }) });
      opened.push({ close, problems });
      return page;
    });
    for (const { close } of opened) await close();
    expect(opened.flatMap(({ problems }) => problems), 'console errors and uncaught exceptions in the other browsers').toEqual([]);
  },
});

export { expect };

async function guardedPage(browser: Browser, baseURL: string, expected: readonly RegExp[]) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.some((pattern) => pattern.test(message.text()))) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems, close: () => context.close() };
}

/**
 * Opens the Front stand-in on the direct build and signs in through the production popup (Salesforce's authorize
 * page, the consent, the redirect to /oauth/callback), then waits for the panel.
 */
export async function openSignedIn(page: Page): Promise<FrameLocator> {
  // A server left running on this port with another configuration would make every step fail obscurely.
  const config: unknown = await (await page.request.get('/config.json')).json();
  expect(config, 'the app on E2E_DIRECT_PORT must run the direct transport').toMatchObject({ transport: 'direct' });
  await page.goto('/');
  const plugin = sidebar(page);
  await signInThroughPopup(page, plugin);
  await expect(plugin.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  return plugin;
}
