import { test as base, expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
// Brings in the demo's window.__fakeOrg declaration.
import type {} from '../../src/app/demo/start-demo-org';

interface Fixtures {
  /** Console messages a test expects (e.g. a 403 the demo org was told to send); anything else fails it. */
  expectedConsoleErrors: RegExp[];
}

// Console errors a demo scenario causes by design, whichever test runs it (see expectScenarioConsoleErrors).
const scenarioConsoleErrors = new WeakMap<Page, RegExp[]>();

/** Every browser test fails on a console error or an uncaught exception, in the host page or the plugin. */
export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, provide) => {
    const problems: string[] = [];
    const isExpected = (text: string) =>
      [...expectedConsoleErrors, ...(scenarioConsoleErrors.get(page) ?? [])].some((pattern) => pattern.test(text));
    page.on('console', (message) => {
      if (message.type() === 'error' && !isExpected(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await provide(page);
    expect(problems, 'console errors and uncaught exceptions').toEqual([]);
  },
});

export { expect };

/** The plugin, as the agent sees it inside the Front stand-in. */
export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Salesforce sidebar"]');
}

export async function pluginFrame(page: Page): Promise<Frame> {
  const iframe = await page.locator('iframe[title="Salesforce sidebar"]').elementHandle();
  const frame = await iframe?.contentFrame();
  if (!frame) throw new Error('The plugin iframe is not loaded');
  return frame;
}

/** Salesforce API calls the demo org has served so far (its own counter, as Salesforce counts them). */
export async function apiCallsServed(page: Page): Promise<number> {
  return (await demoOrgUsage(page)).served;
}

/** Describe responses the demo org sent with a body (not 304), alone or inside a composite. */
export async function describeBodiesServed(page: Page): Promise<number> {
  return (await demoOrgUsage(page)).describeBodies;
}

async function demoOrgUsage(page: Page): Promise<{ served: number; describeBodies: number }> {
  const frame = await pluginFrame(page);
  return frame.evaluate(() => {
    const org = window.__fakeOrg;
    if (!org) throw new Error('The demo org is not running');
    return { served: org.usage.served, describeBodies: org.usage.describeBodies };
  });
}

// With the expired-session scenario the org refuses to refresh the session (400 from its token endpoint), which
// is how the panel learns that the agent must sign in again.
function expectScenarioConsoleErrors(page: Page, scenario: string | undefined): void {
  if (scenario === 'expired-session') scenarioConsoleErrors.set(page, [/Failed to load resource: the server responded with a status of 400/]);
}

/** Signs in through the demo's popup, as an agent would: "Sign in to Salesforce", then "Allow". */
export async function signInThroughPopup(page: Page, plugin: FrameLocator, options: { sandbox?: boolean } = {}): Promise<void> {
  const popupOpened = page.waitForEvent('popup');
  await plugin.getByRole('button', { name: 'Sign in to Salesforce' }).click({ modifiers: options.sandbox ? ['Shift'] : [] });
  const popup = await popupOpened;
  // Listen before clicking: the popup may close before a listener added after the click is in place.
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Allow' }).click();
  await closed;
}

/**
 * Opens the demo (Front stand-in + plugin) and waits until the plugin is connected to the demo org, signing in
 * through the popup first when the demo asks (a fresh browser has no saved sign-in).
 */
export async function openDemo(page: Page, scenario?: string, options: { firstPaintTimeout?: number } = {}): Promise<FrameLocator> {
  expectScenarioConsoleErrors(page, scenario);
  await page.goto(scenario ? `/?scenario=${scenario}` : '/');
  const plugin = sidebar(page);
  const search = plugin.getByRole('combobox', { name: 'Search Salesforce' });
  const signIn = plugin.getByRole('button', { name: 'Sign in to Salesforce' });
  await expect(search.or(signIn)).toBeVisible({ timeout: options.firstPaintTimeout });
  if (await signIn.isVisible()) await signInThroughPopup(page, plugin);
  await expect(search).toBeVisible();
  return plugin;
}

/** Opens a conversation in the Front stand-in's list, as an agent would click it. */
export async function openConversation(page: Page, subject: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: subject }).click();
}
