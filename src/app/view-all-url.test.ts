import { describe, expect, it } from 'vitest';
import type { RelatedSet } from '../features/matching';
import { viewAllUrl } from './view-all-url';

const INSTANCE = 'https://acme.my.salesforce.com';
const MAYA = { sobject: 'Contact', id: '003000000000001AAA' };
const list = (sobject: string, relationshipName: string, hasMore = true): RelatedSet => ({ sobject, relationshipName, label: sobject, records: [], hasMore });

describe('viewAllUrl', () => {
  it("opens the related list's View All page, named by its relationship", () => {
    expect(viewAllUrl(list('Case', 'Cases'), MAYA, INSTANCE)).toBe(`${INSTANCE}/lightning/r/Contact/003000000000001AAA/related/Cases/view`);
    expect(viewAllUrl(list('Support_Plan__c', 'Support_Plans__r'), MAYA, INSTANCE)).toBe(
      `${INSTANCE}/lightning/r/Contact/003000000000001AAA/related/Support_Plans__r/view`,
    );
  });

  it('sends notes to Notes & Attachments and tasks to the record’s activity timeline', () => {
    expect(viewAllUrl(list('Note', 'Notes'), MAYA, INSTANCE)).toBe(`${INSTANCE}/lightning/r/Contact/003000000000001AAA/related/CombinedAttachments/view`);
    expect(viewAllUrl(list('Task', 'Tasks'), MAYA, INSTANCE)).toBe(`${INSTANCE}/lightning/r/Contact/003000000000001AAA/view`);
  });

  it('offers nothing when the panel shows every record', () => {
    expect(viewAllUrl(list('Case', 'Cases', false), MAYA, INSTANCE)).toBeUndefined();
  });
});
