import type { Frame, FrameLocator, Page } from '@playwright/test';
import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { apiCallsServed, expect, openConversation, openDemo, sidebar, test } from './fixtures';

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;
const SEAN = `${SEED_PEOPLE.apostrophe.firstName} ${SEED_PEOPLE.apostrophe.lastName}`;
const MIA = 'Mia Thompson';
const CONVERSATIONS = {
  maya: 'Robot arm calibration drifts after an hour',
  sean: 'Engagement letter for Q2',
  mia: 'Pricing for our three practice locations',
};
// Proving that nothing is fetched means waiting a moment for a request that must not come: long enough for
// the plugin to act on a context update (a few ms), short enough to keep the suite fast.
const QUIET_PERIOD_MS = 400;

function card(plugin: FrameLocator, name: string) {
  return plugin.getByRole('article', { name });
}

/** Opens Maya's conversation and waits for her card: the panel's describes are cached from here on. */
async function warmUp(page: Page): Promise<FrameLocator> {
  const plugin = await openDemo(page);
  await openConversation(page, CONVERSATIONS.maya);
  await expect(card(plugin, MAYA)).toBeVisible();
  return plugin;
}

test.describe('Salesforce API calls spent by the panel', () => {
  test('a new sender costs exactly one API call', async ({ page }) => {
    const plugin = await warmUp(page);
    const before = await apiCallsServed(page);

    await openConversation(page, CONVERSATIONS.sean);
    await expect(card(plugin, SEAN)).toBeVisible();

    expect(await apiCallsServed(page)).toBe(before + 1);
  });

  test('revisiting a sender within a minute costs no API call', async ({ page }) => {
    const plugin = await warmUp(page);
    await openConversation(page, CONVERSATIONS.sean);
    await expect(card(plugin, SEAN)).toBeVisible();
    const before = await apiCallsServed(page);

    await openConversation(page, CONVERSATIONS.maya);
    await expect(card(plugin, MAYA)).toBeVisible();
    expect(await apiCallsServed(page)).toBe(before);

    await page.waitForTimeout(QUIET_PERIOD_MS);
    expect(await apiCallsServed(page)).toBe(before);
  });

  test('nothing is fetched while the sidebar is hidden; showing it loads the current sender only', async ({ page }) => {
    const plugin = await warmUp(page);
    const before = await apiCallsServed(page);
    const hideSidebar = page.getByRole('checkbox', { name: 'Hide sidebar' });

    await hideSidebar.check();
    await openConversation(page, CONVERSATIONS.sean);
    await openConversation(page, CONVERSATIONS.mia);
    // The hidden plugin did get the new conversation: Maya's card is gone and the panel waits to load.
    await expect(plugin.getByRole('article', { name: MAYA, includeHidden: true })).toHaveCount(0);
    await expect(plugin.getByRole('status', { name: 'Loading Salesforce records', includeHidden: true })).toBeAttached();
    await page.waitForTimeout(QUIET_PERIOD_MS);
    expect(await apiCallsServed(page)).toBe(before);

    await hideSidebar.uncheck();
    await expect(card(plugin, MIA)).toBeVisible();
    await expect(card(plugin, MIA).getByText('Lead', { exact: true })).toBeVisible();
    expect(await apiCallsServed(page)).toBe(before + 1);
  });
});

interface PanelState {
  /** The record cards on screen, by title. */
  readonly cards: readonly string[];
  readonly loading: boolean;
}

declare global {
  interface Window {
    /** Every state the panel commits to the DOM while a test watches it. */
    __panelStates?: PanelState[];
  }
}

async function pluginFrame(page: Page): Promise<Frame> {
  const frame = await (await sidebar(page).owner().elementHandle())?.contentFrame();
  if (!frame) throw new Error('The plugin iframe is not loaded');
  return frame;
}

/** Records the panel's cards and loading state after every DOM change, so not even one frame goes unseen. */
async function watchPanel(frame: Frame): Promise<() => Promise<readonly PanelState[]>> {
  await frame.evaluate(() => {
    const states: PanelState[] = [];
    window.__panelStates = states;
    new MutationObserver(() => {
      states.push({
        cards: Array.from(document.querySelectorAll('article h2'), (heading) => heading.textContent ?? ''),
        loading: document.querySelector('[role="status"][aria-label="Loading Salesforce records"]') !== null,
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => frame.evaluate(() => window.__panelStates ?? []);
}

test.describe('switching conversations on a slow network', () => {
  test("never shows the previous sender's records", async ({ page }) => {
    const plugin = await openDemo(page, 'slow');
    await openConversation(page, CONVERSATIONS.maya);
    await expect(card(plugin, MAYA)).toBeVisible();
    const states = await watchPanel(await pluginFrame(page));

    await openConversation(page, CONVERSATIONS.mia);
    await expect(card(plugin, MIA)).toBeVisible();

    const timeline = await states();
    const shows = (state: PanelState) => state.cards.includes(MAYA) || state.cards.includes(SEED_PEOPLE.rich.account);
    const switched = timeline.findIndex((state) => !shows(state));
    expect(switched, 'Maya’s records leave the panel').toBeGreaterThanOrEqual(0);
    expect(timeline.filter((state) => state.loading && !shows(state)), 'the skeleton shows while Mia loads').not.toEqual([]);
    expect(timeline.filter((state) => state.loading && shows(state)), 'Maya’s records next to the skeleton').toEqual([]);
    expect(timeline.slice(switched).filter(shows), 'Maya’s records after the switch').toEqual([]);
    expect(timeline.at(-1)?.cards).toContain(MIA);
  });
});
