import { readFileSync } from 'node:fs';

// The recorded Salesforce payloads live in test/fixtures/salesforce (SOURCES.md there says where each came from).
const FIXTURES = new URL('../../../../test/fixtures/salesforce/', import.meta.url);

export interface RecordedDescribe {
  fields: Record<string, unknown>[];
  childRelationships: Record<string, unknown>[];
  [key: string]: unknown;
}

export function readFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
}

/** The richest recorded describe per object (modern key sets, most fields). */
export const RECORDED_DESCRIBES = {
  Contact: 'describe-Contact-vxx-cumulusci.json',
  Lead: 'describe-Lead-v59-cumulusci.json',
  Account: 'describe-Account-v58-nango.json',
  Opportunity: 'describe-Opportunity-vxx-cumulusci.json',
  Case: 'describe-Case-v48-cumulusci.json',
  Task: 'describe-Task-v60-nango.json',
  OpportunityContactRole: 'describe-OpportunityContactRole-v48-cumulusci.json',
} as const;

export const recordedDescribe = (sobject: keyof typeof RECORDED_DESCRIBES): RecordedDescribe =>
  readFixture<RecordedDescribe>(RECORDED_DESCRIBES[sobject]);
