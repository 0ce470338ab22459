import type { FrameLocator, Locator, Page } from '@playwright/test';
import { pluginFrame } from './fixtures';
// Brings in the demo's window.__fakeOrg declaration.
import type {} from '../../src/app/demo/start-demo-org';

/** What the Front stand-in recorded of one call the plugin made to the host (openUrl, addLink…). */
export interface HostCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

export const INSTANCE_URL = 'https://demo.my.salesforce.com';

/** The Id of the one record of `sobject` whose `field` equals `value` in the demo org. */
export async function fakeOrgRecordId(page: Page, sobject: string, field: string, value: string): Promise<string> {
  const frame = await pluginFrame(page);
  return frame.evaluate(
    ({ sobject, field, value }) => {
      const org = window.__fakeOrg;
      if (!org) throw new Error('The demo org is not running');
      const matches = org.records.all(sobject).filter((record) => record[field] === value);
      if (matches.length !== 1) throw new Error(`${matches.length} ${sobject} records have ${field} = ${value}`);
      return matches[0]!.Id;
    },
    { sobject, field, value },
  );
}

/** Every call the plugin made to the host so far, as the Front stand-in logged them. */
export async function hostCalls(page: Page): Promise<HostCall[]> {
  return page.evaluate(() => {
    const devHost = (window as unknown as { __devHost?: { calls: HostCall[] } }).__devHost;
    if (!devHost) throw new Error('The dev host is not running');
    return [...devHost.calls];
  });
}

/** A record card, named by its heading (e.g. "Maya Chen"). */
export function card(plugin: FrameLocator, name: string): Locator {
  return plugin.getByRole('article', { name, exact: true });
}

/** The value shown next to a field label on a card. */
export function fieldValue(recordCard: Locator, label: string): Locator {
  return recordCard
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** A related list (e.g. "Open Cases"), whatever its count. */
export function relatedList(scope: FrameLocator | Locator, title: string): Locator {
  return scope.getByRole('region', { name: new RegExp(`^${escapeRegExp(title)} \\(\\d+\\)$`) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
