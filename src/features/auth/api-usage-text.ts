import type { ApiUsage } from '../../salesforce';

const number = new Intl.NumberFormat('en-US');

/** "1,204 of 15,000 API requests used in the last 24 hours" — Salesforce counts a rolling 24 hours, not a day. */
export function apiUsageText(usage: ApiUsage): string {
  return `${number.format(usage.used)} of ${number.format(usage.limit)} API requests used in the last 24 hours`;
}
