import { describe, expect, it } from 'vitest';
import {
  buildStandardDescribes, defineCustomObject, describeGlobalBody, lookupField, makeCustomObjectDescribe, MetadataRegistry,
  withChildRelationships, type CustomObjectSpec,
} from './index';

// An admin adds a custom object while the sidebar is open: the org must describe it like any other
// custom object and list it under its parent, so the sidebar can discover and query it.

const INSTANCE = 'https://demo.my.salesforce.com';
const feedback: CustomObjectSpec = {
  name: 'Feedback__c', label: 'Feedback', labelPlural: 'Feedback', keyPrefix: 'a04',
  fields: [
    lookupField('Contact__c', 'Contact', 'Contact', 'Feedbacks__r'),
    { name: 'Score__c', label: 'Score', type: 'double', precision: 3, required: true },
  ],
};

const BUILT_AT = new Date('2026-01-05T09:00:00Z');
const ADDED_AT = new Date('2026-02-01T00:00:00Z');

function orgWithFeedback(): MetadataRegistry {
  const registry = new MetadataRegistry(buildStandardDescribes(INSTANCE), BUILT_AT);
  defineCustomObject(registry, feedback, INSTANCE, ADDED_AT);
  return registry;
}

describe('a custom object defined at run time', () => {
  it('is described with the system fields Salesforce adds, then its own fields', () => {
    const d = makeCustomObjectDescribe(feedback, INSTANCE);
    expect(d).toMatchObject({ name: 'Feedback__c', custom: true, keyPrefix: 'a04', createable: true, queryable: true });
    expect(d.fields.map((f) => f.name)).toEqual([
      'Id', 'OwnerId', 'IsDeleted', 'Name', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById',
      'SystemModstamp', 'LastViewedDate', 'LastReferencedDate', 'Contact__c', 'Score__c',
    ]);
    expect(d.fields.find((f) => f.name === 'Name')).toMatchObject({ label: 'Feedback Name', nillable: true, defaultedOnCreate: true, nameField: true });
    expect(d.fields.find((f) => f.name === 'Contact__c')).toMatchObject({ custom: true, relationshipName: 'Contact__r', referenceTo: ['Contact'], nillable: true });
    expect(d.fields.find((f) => f.name === 'Score__c')).toMatchObject({ nillable: false, precision: 3, soapType: 'xsd:double' });
  });

  it('appears among its parent’s child relationships once recomputed, other relationships intact', () => {
    const registry = orgWithFeedback();
    const contact = registry.describe('Contact');
    expect(contact?.childRelationships.find((r) => r.childSObject === 'Feedback__c')).toEqual({
      cascadeDelete: false, childSObject: 'Feedback__c', deprecatedAndHidden: false, field: 'Contact__c',
      junctionIdListNames: [], junctionReferenceTo: [], relationshipName: 'Feedbacks__r', restrictedDelete: false,
    });
    expect(contact?.childRelationships.find((r) => r.relationshipName === 'Support_Plans__r')).toBeDefined();
    expect(registry.describe('EmailMessage')?.childRelationships.find((r) => r.childSObject === 'EmailMessageRelation')).toBeDefined();
  });

  it('recomputing again changes nothing', () => {
    const registry = orgWithFeedback();
    const once = registry.all();
    expect(withChildRelationships(once)).toEqual(once);
  });

  it('invalidates exactly the describes that changed, and shows up in describeGlobal', () => {
    const registry = orgWithFeedback();
    expect(registry.lastModified('Feedback__c')).toEqual(ADDED_AT);
    expect(registry.lastModified('Contact')).toEqual(ADDED_AT);
    expect(registry.lastModified('Lead')).toEqual(BUILT_AT);
    expect(registry.globalLastModified()).toEqual(ADDED_AT);
    expect(describeGlobalBody(registry, '62.0').sobjects.map((s) => s.name)).toContain('Feedback__c');
  });

  it('can be queried through its parent by the new relationship name right away', () => {
    const registry = orgWithFeedback();
    expect(registry.field('Feedback__c', 'contact__c')?.referenceTo).toEqual(['Contact']);
    expect(registry.describe('Contact')?.childRelationships.map((r) => r.relationshipName)).toContain('Feedbacks__r');
  });
});
