import type { Page } from '@playwright/test';
import { apiCallsServed, expect, openConversation, openDemo, pluginFrame } from '../e2e/fixtures';
import { cardCommittedAt, selectConversation, watchForCard } from './panel-timeline';

interface Conversation {
  readonly subject: string;
  readonly card: string;
}

export interface NewSenderRun {
  readonly sessions: number;
  readonly latencyMs: number;
  /** Opened first in every session, so the describes are in memory as after an agent's first conversation. */
  readonly warmUp: Conversation;
  readonly senders: readonly Conversation[];
  /** Time to read the previous conversation: each visit starts from a settled panel. */
  readonly pauseMs: number;
}

/** Makes every Salesforce request of the page's demo org take this long (the org starts afresh on each load). */
export async function injectLatency(page: Page, latencyMs: number): Promise<void> {
  const frame = await pluginFrame(page);
  await frame.evaluate((latency) => {
    if (!window.__fakeOrg) throw new Error('The demo org is not running');
    window.__fakeOrg.faults.latencyMs = latency;
  }, latencyMs);
}

/**
 * Times each sender's first visit: from the click on their conversation in the Front stand-in to the first DOM
 * commit in the plugin that shows their card (as panel-timeline's states do for the other switches). Each
 * session is a fresh page load: the sender panels start empty and the describes come from storage, revalidated
 * by the warm-up conversation. Returns every visit's time.
 */
export async function timeNewSenders(page: Page, run: NewSenderRun): Promise<number[]> {
  const samples: number[] = [];
  for (let session = 0; session < run.sessions; session += 1) {
    const plugin = await openDemo(page);
    await injectLatency(page, run.latencyMs);
    await openConversation(page, run.warmUp.subject);
    await expect(plugin.getByRole('article', { name: run.warmUp.card })).toBeVisible();
    await page.waitForTimeout(run.pauseMs);
    const frame = await pluginFrame(page);
    const callsBefore = await apiCallsServed(page);
    for (const sender of run.senders) {
      await watchForCard(frame, sender.card);
      const clickedAt = await selectConversation(page, sender.subject);
      samples.push((await cardCommittedAt(frame)) - clickedAt);
      await page.waitForTimeout(run.pauseMs);
    }
    // One panel call per sender and nothing else: each visit really found its sender uncached and its describes warm.
    expect((await apiCallsServed(page)) - callsBefore, 'API calls of the new senders').toBe(run.senders.length);
  }
  return samples;
}
