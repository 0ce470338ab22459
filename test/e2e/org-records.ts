import type { Page } from '@playwright/test';
import { pluginFrame } from './fixtures';

// What the demo org holds, read inside the plugin's frame: what browser journeys assert after a write.

/** A record as the demo org stores it (field name → value). */
export type OrgRecord = Record<string, unknown> & { readonly Id: string };

/** Every record of `sobject` the demo org holds right now, read inside the plugin's frame. */
export async function orgRecords(page: Page, sobject: string): Promise<OrgRecord[]> {
  const frame = await pluginFrame(page);
  return frame.evaluate((type) => {
    const org = window.__fakeOrg;
    if (!org) throw new Error('The demo org is not running');
    return org.records.all(type).map((record) => ({ ...record }));
  }, sobject);
}

/** One record of the demo org by Id (undefined when there is none). */
export async function orgRecord(page: Page, id: string): Promise<OrgRecord | undefined> {
  const frame = await pluginFrame(page);
  return frame.evaluate((recordId) => {
    const org = window.__fakeOrg;
    if (!org) throw new Error('The demo org is not running');
    const record = org.records.get(recordId);
    return record ? { ...record } : undefined;
  }, id);
}

/** The one record of `sobject` whose `field` equals `value`; fails when there are none or several. */
export async function onlyOrgRecord(page: Page, sobject: string, field: string, value: unknown): Promise<OrgRecord> {
  const matches = (await orgRecords(page, sobject)).filter((record) => record[field] === value);
  if (matches.length !== 1) throw new Error(`${matches.length} ${sobject} records have ${field} = ${String(value)}`);
  return matches[0]!;
}
