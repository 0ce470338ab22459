import type { FrameLocator, Locator, Page } from '@playwright/test';
import { pluginFrame } from './people-helpers';

/** A record as the demo org stores it: field API names to wire values. */
export type OrgRecord = { Id: string } & Record<string, unknown>;

/** Every live record of `sobject` the demo org holds right now. */
export async function orgRecords(page: Page, sobject: string): Promise<OrgRecord[]> {
  const frame = await pluginFrame(page);
  return frame.evaluate((sobject) => {
    const org = window.__fakeOrg;
    if (!org) throw new Error('The demo org is not running');
    return org.records.all(sobject).map((record) => ({ ...record }));
  }, sobject);
}

/** One record as the demo org holds it now (undefined once deleted). */
export async function orgRecord(page: Page, id: string): Promise<OrgRecord | undefined> {
  const frame = await pluginFrame(page);
  return frame.evaluate((id) => {
    const org = window.__fakeOrg;
    if (!org) throw new Error('The demo org is not running');
    const record = org.records.get(id);
    return record && { ...record };
  }, id);
}

/**
 * A teammate saves the record in Salesforce: two seconds later on the org's clock, so the change lands in a
 * later second than the sidebar's load (If-Unmodified-Since has one-second precision).
 */
export async function teammateEdits(page: Page, id: string, values: Record<string, unknown>): Promise<void> {
  const frame = await pluginFrame(page);
  await frame.evaluate(
    ({ id, values }) => {
      const org = window.__fakeOrg;
      if (!org) throw new Error('The demo org is not running');
      org.advanceClock(2000);
      if (!org.updateTrusted(id, values)) throw new Error(`No record ${id} to update`);
    },
    { id, values },
  );
}

/** An open form screen (edit or create), named by its heading ("Edit Contact", "New Case"…). */
export function formScreen(plugin: FrameLocator, title: string): Locator {
  return plugin.getByRole('region', { name: title, exact: true });
}

/** A form field's label, which carries the red * of a required field (hidden from screen readers). */
export function fieldLabel(screen: Locator, label: string): Locator {
  return screen.locator('label').filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`) });
}
