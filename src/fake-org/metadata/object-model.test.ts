import { describe, expect, it } from 'vitest';
import { buildStandardDescribes, junctionIdList, type FieldDescribe, type SObjectDescribe } from './index';

// What the rest of the fake org (and the product's forms) rely on: which fields a create must send,
// which it may not send, the key prefixes IDs are recognised by, and how objects relate.

const describes = buildStandardDescribes('https://demo.my.salesforce.com');
const object = (name: string): SObjectDescribe => {
  const found = describes.find((d) => d.name === name);
  if (!found) throw new Error(`no describe for ${name}`);
  return found;
};
const fieldOf = (sobject: string, name: string): FieldDescribe => {
  const found = object(sobject).fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${sobject}.${name}`);
  return found;
};

/** What a create form marks with a red *: must be sent, because Salesforce will not fill it in. */
const requiredOnCreate = (d: SObjectDescribe) =>
  d.fields.filter((f) => f.createable && !f.nillable && !f.defaultedOnCreate && f.type !== 'boolean').map((f) => f.name);

describe('required fields', () => {
  it.each([
    ['Contact', ['LastName']],
    ['Lead', ['LastName', 'Company']],
    ['Account', ['Name']],
    ['Opportunity', ['Name', 'StageName', 'CloseDate']],
    ['Case', []],
    ['Task', []],
    ['Note', ['ParentId', 'Title']],
    ['EmailMessage', ['Status']],
    ['EmailMessageRelation', ['EmailMessageId', 'RelationType']],
    ['OpportunityContactRole', ['OpportunityId', 'ContactId']],
    ['Account_Service_Request__c', ['Priority__c']],
    ['Support_Plan__c', ['Contact__c']],
    ['acme__Widget__c', []],
  ])('%s requires %j', (name, expected) => {
    expect(requiredOnCreate(object(name))).toEqual(expected);
  });

  it('defaulted required fields are not demanded: Lead.Status, Task.Status/Priority, owners', () => {
    for (const [sobject, name] of [['Lead', 'Status'], ['Task', 'Status'], ['Task', 'Priority'], ['Contact', 'OwnerId']] as const) {
      const f = fieldOf(sobject, name);
      expect(f.nillable, `${sobject}.${name}`).toBe(false);
      expect(f.defaultedOnCreate, `${sobject}.${name}`).toBe(true);
    }
  });

  it('Priority__c is required exactly as a custom required picklist is described', () => {
    expect(fieldOf('Account_Service_Request__c', 'Priority__c')).toMatchObject({ nillable: false, createable: true, updateable: true, defaultedOnCreate: false, custom: true });
  });
});

describe('read-only fields', () => {
  it.each(['Contact', 'Lead', 'Account', 'Opportunity', 'Case', 'Task', 'Note', 'EmailMessage', 'Account_Service_Request__c'])(
    '%s audit fields cannot be written through the API',
    (name) => {
      for (const audit of ['CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'Id']) {
        expect(fieldOf(name, audit), `${name}.${audit}`).toMatchObject({ createable: false, updateable: false });
      }
    },
  );

  it.each(['Contact', 'Lead'])('%s.Name is the read-only compound of its parts', (name) => {
    expect(fieldOf(name, 'Name')).toMatchObject({ createable: false, updateable: false, nameField: true, type: 'string' });
    for (const part of ['FirstName', 'LastName', 'Salutation']) expect(fieldOf(name, part).compoundFieldName).toBe('Name');
  });

  it('only convertLead sets the Lead conversion fields', () => {
    for (const name of ['ConvertedContactId', 'ConvertedAccountId', 'ConvertedOpportunityId', 'ConvertedDate']) {
      expect(fieldOf('Lead', name), name).toMatchObject({ createable: false, updateable: false });
    }
  });

  it('LeadStatus is readable setup data', () => {
    expect(object('LeadStatus')).toMatchObject({ createable: false, updateable: false, deletable: false, queryable: true, keyPrefix: '01J' });
    expect(object('LeadStatus').fields.map((f) => f.name)).toEqual(expect.arrayContaining(['MasterLabel', 'ApiName', 'SortOrder', 'IsDefault', 'IsConverted']));
  });
});

describe('types the product matches on', () => {
  it.each(['Contact', 'Lead'])('%s has an indexed Email and phone fields', (name) => {
    expect(fieldOf(name, 'Email')).toMatchObject({ type: 'email', idLookup: true, filterable: true });
    expect(fieldOf(name, 'Phone').type).toBe('phone');
    expect(fieldOf(name, 'MobilePhone').type).toBe('phone');
  });

  it('object-model fields all exist', () => {
    const model: Record<string, string[]> = {
      Contact: ['AccountId', 'FirstName', 'LastName', 'Name', 'Email', 'Phone', 'MobilePhone', 'Title', 'MailingCity', 'OwnerId'],
      Lead: ['Company', 'Status', 'IsConverted', 'ConvertedContactId', 'ConvertedAccountId', 'ConvertedOpportunityId', 'ConvertedDate'],
      Account: ['Website', 'Industry', 'Phone', 'AnnualRevenue', 'Type', 'Rating', 'BillingCity'],
      Opportunity: ['StageName', 'CloseDate', 'Amount', 'Probability', 'IsClosed', 'IsWon', 'AccountId'],
      Task: ['WhoId', 'WhatId', 'Subject', 'Status', 'Priority', 'ActivityDate', 'TaskSubtype', 'Description'],
      Case: ['ContactId', 'AccountId', 'Subject', 'Status', 'Priority', 'Origin', 'IsClosed', 'Description'],
      Note: ['ParentId', 'Title', 'Body', 'IsPrivate', 'OwnerId'],
      EmailMessage: ['RelatedToId', 'Subject', 'HtmlBody', 'TextBody', 'MessageDate', 'Status', 'MessageIdentifier', 'FromAddress', 'ToAddress', 'Incoming'],
      LeadStatus: ['MasterLabel', 'ApiName', 'SortOrder', 'IsDefault', 'IsConverted'],
      User: ['Name', 'Username', 'Email', 'IsActive'],
      Account_Service_Request__c: ['Name', 'Account__c', 'Priority__c', 'Category__c', 'Subcategory__c', 'Status__c', 'Due_Date__c', 'Description__c'],
      Support_Plan__c: ['Contact__c', 'Name', 'Tier__c', 'Renewal_Date__c', 'Seats__c', 'Active__c'],
      acme__Widget__c: ['acme__Account__c', 'Name', 'acme__Serial__c'],
    };
    for (const [sobject, names] of Object.entries(model)) for (const name of names) expect(() => fieldOf(sobject, name)).not.toThrow();
  });

  it('polymorphic lookups say so', () => {
    expect(fieldOf('Task', 'WhoId')).toMatchObject({ referenceTo: ['Contact', 'Lead'], relationshipName: 'Who', polymorphicForeignKey: true });
    expect(fieldOf('Task', 'WhatId')).toMatchObject({ relationshipName: 'What', polymorphicForeignKey: true });
    expect(fieldOf('EmailMessage', 'RelatedToId')).toMatchObject({ relationshipName: 'RelatedTo', polymorphicForeignKey: true });
    expect(fieldOf('EmailMessage', 'RelatedToId').referenceTo).toEqual(expect.arrayContaining(['Account', 'Opportunity', 'Case']));
  });

  it('EmailMessage recipients are junction id lists, reachable only through the junction relationship', () => {
    const email = object('EmailMessage');
    expect(email.fields.map((f) => f.name)).not.toContain('ToIds');
    expect(junctionIdList(email, 'toids')).toEqual({ name: 'ToIds', junctionSObject: 'EmailMessageRelation', referenceTo: ['Contact', 'Lead', 'User'] });
    expect(junctionIdList(email, 'CcIds')?.name).toBe('CcIds');
    expect(junctionIdList(email, 'BccIds')?.name).toBe('BccIds');
    expect(junctionIdList(object('Task'), 'ToIds')).toBeUndefined();
  });

  it('EmailMessageRelation links an email to a person: set on create, only RelationId changes later', () => {
    expect(fieldOf('EmailMessageRelation', 'RelationId')).toMatchObject({
      referenceTo: ['Contact', 'Lead', 'User'], relationshipName: 'Relation', polymorphicForeignKey: true, nillable: true, updateable: true,
    });
    expect(fieldOf('EmailMessageRelation', 'EmailMessageId')).toMatchObject({ referenceTo: ['EmailMessage'], relationshipName: 'EmailMessage', updateable: false });
    expect(fieldOf('EmailMessageRelation', 'RelationType')).toMatchObject({ restrictedPicklist: true, updateable: false, length: 40 });
    expect(fieldOf('EmailMessageRelation', 'RelationType').picklistValues.map((entry) => entry.value)).toEqual(['ToAddress', 'CcAddress', 'BccAddress', 'FromAddress']);
    expect(fieldOf('EmailMessageRelation', 'RelationAddress')).toMatchObject({ type: 'string', length: 255, createable: true, updateable: false });
    expect(fieldOf('EmailMessageRelation', 'RelationObjectType')).toMatchObject({ createable: false, updateable: false, filterable: true });
  });

  it('EmailMessageRelation keeps a created date and a system stamp, but no last-modified fields', () => {
    const names = object('EmailMessageRelation').fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Id', 'CreatedById', 'CreatedDate', 'SystemModstamp', 'IsDeleted']));
    expect(names).not.toContain('LastModifiedDate');
    expect(names).not.toContain('LastModifiedById');
    expect(object('EmailMessageRelation')).toMatchObject({ queryable: true, createable: true, searchable: false, undeletable: false });
  });
});

describe('key prefixes', () => {
  it('match the object model', () => {
    const prefixes = Object.fromEntries(describes.map((d) => [d.name, d.keyPrefix]));
    expect(prefixes).toEqual({
      Account: '001', Contact: '003', Lead: '00Q', Opportunity: '006', OpportunityContactRole: '00K', Case: '500',
      Task: '00T', Note: '002', EmailMessage: '02s', EmailMessageRelation: '0CZ', User: '005', LeadStatus: '01J', Organization: '00D',
      ContentDocument: '069', ContentVersion: '068', ContentDocumentLink: '06A',
      Account_Service_Request__c: 'a01', Support_Plan__c: 'a02', acme__Widget__c: 'a03',
    });
  });

  it('new-record links use them', () => {
    expect(object('Lead').urls.uiNewRecord).toBe('https://demo.my.salesforce.com/00Q/e');
  });
});

describe('child relationships', () => {
  const children = (parent: string) =>
    Object.fromEntries(object(parent).childRelationships.filter((r) => r.relationshipName).map((r) => [`${r.childSObject}.${r.field}`, r.relationshipName]));

  it('Contact lists the related lists the sidebar queries', () => {
    expect(children('Contact')).toMatchObject({
      'Case.ContactId': 'Cases', 'Task.WhoId': 'Tasks', 'Note.ParentId': 'Notes', 'Opportunity.ContactId': 'Opportunities',
      'OpportunityContactRole.ContactId': 'OpportunityContactRoles', 'Support_Plan__c.Contact__c': 'Support_Plans__r',
    });
  });

  it('Account lists its contacts, deals, cases, activities and custom children', () => {
    expect(children('Account')).toMatchObject({
      'Contact.AccountId': 'Contacts', 'Opportunity.AccountId': 'Opportunities', 'Case.AccountId': 'Cases',
      'Task.WhatId': 'Tasks', 'Note.ParentId': 'Notes', 'EmailMessage.RelatedToId': 'Emails',
      'Account_Service_Request__c.Account__c': 'Service_Requests__r', 'acme__Widget__c.acme__Account__c': 'acme__Widgets__r',
    });
  });

  it('EmailMessage lists its relations as the junction behind ToIds, CcIds and BccIds', () => {
    expect(object('EmailMessage').childRelationships.find((r) => r.childSObject === 'EmailMessageRelation')).toEqual({
      cascadeDelete: true, childSObject: 'EmailMessageRelation', deprecatedAndHidden: false, field: 'EmailMessageId',
      junctionIdListNames: ['ToIds', 'CcIds', 'BccIds'], junctionReferenceTo: ['Contact', 'Lead', 'User'],
      relationshipName: 'EmailMessageRelations', restrictedDelete: false,
    });
  });

  it.each(['Contact', 'Lead', 'User'])('%s lists the emails it is related to', (parent) => {
    expect(children(parent)).toMatchObject({ 'EmailMessageRelation.RelationId': 'EmailMessageRelations' });
  });

  it('master-detail children cascade; Case blocks deleting its contact', () => {
    const rel = (parent: string, key: string) => object(parent).childRelationships.find((r) => `${r.childSObject}.${r.field}` === key);
    expect(rel('Contact', 'Support_Plan__c.Contact__c')).toMatchObject({ cascadeDelete: true, restrictedDelete: false });
    expect(fieldOf('Support_Plan__c', 'Contact__c')).toMatchObject({ cascadeDelete: true, relationshipOrder: 0, relationshipName: 'Contact__r', updateable: false });
    expect(rel('Contact', 'Case.ContactId')).toMatchObject({ cascadeDelete: false, restrictedDelete: true });
  });

  it('are sorted as Salesforce sorts them', () => {
    for (const d of describes) {
      const keys = d.childRelationships.map((r) => `${r.childSObject}.${r.field}`);
      expect(keys, d.name).toEqual([...keys].sort());
    }
  });

  it('a custom object owned by a master has no owner; others do', () => {
    expect(object('Support_Plan__c').fields.some((f) => f.name === 'OwnerId')).toBe(false);
    expect(fieldOf('Account_Service_Request__c', 'OwnerId').referenceTo).toEqual(['Group', 'User']);
  });
});
