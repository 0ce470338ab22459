import type { Frame, Page } from '@playwright/test';

/** One DOM state of the panel: when it was committed, and which record cards it showed. */
export interface PanelState {
  readonly at: number;
  readonly cards: readonly string[];
}

declare global {
  interface Window {
    __benchStates?: PanelState[];
  }
}

/**
 * Records every state the panel commits to the DOM with a wall-clock time shared with the host page
 * (performance.timeOrigin + now), so "selected → first record visible" is measured inside the browser.
 */
export async function watchPanel(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const states: PanelState[] = [];
    window.__benchStates = states;
    new MutationObserver(() => {
      states.push({
        at: performance.timeOrigin + performance.now(),
        cards: Array.from(document.querySelectorAll('article h2'), (heading) => heading.textContent ?? ''),
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

export async function panelStates(frame: Frame): Promise<PanelState[]> {
  return frame.evaluate(() => window.__benchStates?.splice(0) ?? []);
}

/** Clicks a conversation in the Front stand-in from inside the page and returns when the click happened. */
export async function selectConversation(page: Page, subject: string): Promise<number> {
  return page.evaluate((wanted) => {
    const list = document.querySelector('nav[aria-label="Conversations"]');
    const button = Array.from(list?.querySelectorAll('button') ?? []).find((item) => item.textContent?.includes(wanted));
    if (!button) throw new Error(`No conversation "${wanted}" in the list`);
    const at = performance.timeOrigin + performance.now();
    button.click();
    return at;
  }, subject);
}

declare global {
  interface Window {
    __benchCardCommitted?: Promise<number>;
  }
}

const CARD_TIMEOUT_MS = 10_000;

/**
 * Arms a watcher in the plugin for the first committed DOM state showing a card titled `name`; cardCommittedAt
 * returns when that was. Waiting this way adds no work to the page while the card loads, as polling for it would.
 */
export async function watchForCard(frame: Frame, name: string): Promise<void> {
  await frame.evaluate(([wanted, timeoutMs]) => {
    const shown = () => Array.from(document.querySelectorAll('article h2'), (heading) => heading.textContent).includes(wanted);
    window.__benchCardCommitted = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        clearTimeout(timeout);
        resolve(performance.timeOrigin + performance.now());
      });
      const timeout = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`No card "${wanted}" within ${timeoutMs} ms`));
      }, timeoutMs);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, [name, CARD_TIMEOUT_MS] as const);
}

export async function cardCommittedAt(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    if (!window.__benchCardCommitted) throw new Error('watchForCard was not called');
    return window.__benchCardCommitted;
  });
}
