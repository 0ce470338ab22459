import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import { defineCustomObject, lookupField, type FieldSpec } from '../../../fake-org/metadata';

/** An admin adds a custom object under Contact in Setup, a moment after the sidebar last looked. */
export function addContactChildObject(harness: FakeOrgHarness, name: string, label: string, fields: FieldSpec[] = []): void {
  harness.org.advanceClock(2_000);
  defineCustomObject(
    harness.org.metadata,
    {
      name,
      label,
      labelPlural: `${label}s`,
      keyPrefix: 'a0W',
      fields: [lookupField('Contact__c', 'Contact', 'Contact', `${name.replace(/__c$/, '')}s__r`), ...fields],
    },
    harness.instanceUrl,
    harness.org.now(),
  );
}

/** `count` text fields, Field 1 (Field_0001__c) onwards: the size of a long-lived org's busiest object. */
export function numberedFields(count: number): FieldSpec[] {
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    return { name: `Field_${number}__c`, label: `Field ${index + 1}`, type: 'string', length: 80 };
  });
}
