import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const SIDEBAR_FRAME = 'iframe[title="Salesforce sidebar"]';
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core on what the plugin shows right now (inside the sidebar iframe, not the Front stand-in around
 * it) and fails on any serious or critical violation, naming the rule and the offending elements.
 */
export async function expectNoSeriousA11yViolations(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include([SIDEBAR_FRAME, 'body']).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const blocking = results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking, `serious or critical accessibility violations on ${screenName}`).toEqual([]);
}
