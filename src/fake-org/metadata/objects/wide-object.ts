import { lookupField, type CustomObjectSpec } from '../custom-object';
import type { FieldSpec } from '../field';

// Big orgs grow objects with hundreds of fields; the settings screen must stay instant for them.
const WIDE_FIELD_COUNT = 800;
const TYPES = ['string', 'double', 'date', 'boolean', 'currency', 'percent', 'textarea', 'email'] as const;

/** A custom object under Contact with 800 fields: the field settings screen's worst case. */
export function wideObjectSpec(): CustomObjectSpec {
  const fields: FieldSpec[] = Array.from({ length: WIDE_FIELD_COUNT - 1 }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');
    return { name: `Attribute_${number}__c`, label: `Attribute ${number}`, type: TYPES[index % TYPES.length] ?? 'string' };
  });
  return {
    name: 'Customer_Profile__c',
    label: 'Customer Profile',
    labelPlural: 'Customer Profiles',
    keyPrefix: 'a05',
    fields: [lookupField('Contact__c', 'Contact', 'Contact', 'Customer_Profiles__r'), ...fields],
  };
}
