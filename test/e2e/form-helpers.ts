import type { FrameLocator, Locator, Page } from '@playwright/test';
import { pluginFrame } from './fixtures';

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
