import type { FakeOrg } from '../org';

// Values Salesforce gives an opportunity created by lead conversion.

/** The first active stage in the org's StageName picklist that is not a closed stage. */
export function firstOpenStage(org: FakeOrg): string {
  const stages = org.metadata.field('Opportunity', 'StageName')?.picklistValues ?? [];
  const open = stages.find((entry) => entry.active && !/^closed\b/i.test(entry.value));
  return open?.value ?? 'Prospecting';
}

/** The last day of the current (calendar = default fiscal) quarter, as a Salesforce date. */
export function endOfQuarter(now: Date): string {
  const firstMonthOfNextQuarter = Math.floor(now.getUTCMonth() / 3) * 3 + 3;
  return new Date(Date.UTC(now.getUTCFullYear(), firstMonthOfNextQuarter, 0)).toISOString().slice(0, 10);
}
