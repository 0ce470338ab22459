import type { ChildRelationship, FieldDescribe, FieldType, SObjectDescribe } from '../../metadata/describe-types';

// Small hand-written describes for the engines' tests: only the keys the engines read, with the
// relationships and field types the tests exercise (polymorphic lookups, custom objects, multipicklists).

type Extra = Partial<FieldDescribe>;

function field(name: string, type: FieldType, extra: Extra = {}): FieldDescribe {
  return {
    name, label: name, type, length: 255, nillable: type !== 'id' && type !== 'boolean', createable: type !== 'id',
    updateable: type !== 'id', defaultedOnCreate: false, calculated: false, custom: name.endsWith('__c'),
    filterable: true, sortable: true, nameField: false, htmlFormatted: false, picklistValues: [],
    restrictedPicklist: false, dependentPicklist: false, controllerName: null, referenceTo: [],
    relationshipName: null, compoundFieldName: null, defaultValue: null, ...extra,
  };
}

const lookup = (name: string, relationshipName: string, referenceTo: string[]) =>
  field(name, 'reference', { relationshipName, referenceTo });

const nameField = (name = 'Name') => field(name, 'string', { nameField: true });

function child(childSObject: string, fieldName: string, relationshipName: string): ChildRelationship {
  return {
    cascadeDelete: false, childSObject, deprecatedAndHidden: false, field: fieldName,
    junctionIdListNames: [], junctionReferenceTo: [], relationshipName, restrictedDelete: false,
  };
}

function object(name: string, keyPrefix: string, fields: FieldDescribe[], children: ChildRelationship[] = []): SObjectDescribe {
  return {
    name, label: name, labelPlural: `${name}s`, keyPrefix, custom: name.endsWith('__c'), createable: true,
    updateable: true, deletable: true, queryable: true, searchable: true,
    fields: [field('Id', 'id'), ...fields, field('CreatedDate', 'datetime'), field('LastModifiedDate', 'datetime')],
    childRelationships: children, urls: {},
  };
}

const owner = (targets: string[]) => lookup('OwnerId', 'Owner', targets);

export function testDescribes(): SObjectDescribe[] {
  return [
    object('User', '005', [
      nameField(), field('FirstName', 'string'), field('LastName', 'string'), field('Email', 'email'),
      field('Username', 'string'), field('IsActive', 'boolean'), field('Phone', 'phone'), field('Title', 'string'),
    ]),
    object('Account', '001', [
      nameField(), field('Phone', 'phone'), field('Website', 'url'), field('Industry', 'picklist'),
      field('Type', 'picklist'), field('AnnualRevenue', 'currency'), field('BillingCity', 'string'),
      field('NumberOfEmployees', 'int'), owner(['User']),
    ], [
      child('Contact', 'AccountId', 'Contacts'), child('Task', 'WhatId', 'Tasks'), child('Case', 'AccountId', 'Cases'),
      child('Opportunity', 'AccountId', 'Opportunities'),
      child('Account_Service_Request__c', 'Account__c', 'Service_Requests__r'),
    ]),
    object('Contact', '003', [
      lookup('AccountId', 'Account', ['Account']), field('Salutation', 'picklist'), field('FirstName', 'string'),
      field('LastName', 'string'), nameField(), field('Email', 'email'), field('Phone', 'phone'),
      field('MobilePhone', 'phone'), field('Title', 'string'), field('Department', 'string'),
      ...['MailingStreet', 'MailingCity', 'MailingPostalCode', 'MailingCountry'].map((name) =>
        field(name, 'string', { compoundFieldName: 'MailingAddress' }),
      ),
      field('MailingAddress', 'address'),
      field('Birthdate', 'date'), field('Languages__c', 'multipicklist'), owner(['User']),
    ], [
      child('Task', 'WhoId', 'Tasks'), child('Case', 'ContactId', 'Cases'),
      child('Support_Plan__c', 'Contact__c', 'Support_Plans__r'),
    ]),
    object('Lead', '00Q', [
      field('Salutation', 'picklist'), field('FirstName', 'string'), field('LastName', 'string'), nameField(),
      field('Company', 'string'), field('Email', 'email'), field('Phone', 'phone'), field('Title', 'string'),
      field('Website', 'url'), field('Industry', 'picklist'), field('Status', 'picklist'),
      field('IsConverted', 'boolean'), owner(['Group', 'User']),
    ], [child('Task', 'WhoId', 'Tasks')]),
    object('Task', '00T', [
      field('Subject', 'string'), field('Status', 'picklist'), field('Priority', 'picklist'),
      field('ActivityDate', 'date'), lookup('WhoId', 'Who', ['Contact', 'Lead']),
      lookup('WhatId', 'What', ['Account', 'Opportunity', 'Case']), owner(['Group', 'User']),
    ]),
    object('Opportunity', '006', [
      nameField(), lookup('AccountId', 'Account', ['Account']), field('StageName', 'picklist'),
      field('Amount', 'currency'), field('CloseDate', 'date'), field('IsClosed', 'boolean'),
    ], [child('Task', 'WhatId', 'Tasks')]),
    object('Case', '500', [
      field('CaseNumber', 'string'), field('Subject', 'string'), field('Status', 'picklist'), field('Priority', 'picklist'),
      field('IsClosed', 'boolean'), lookup('ContactId', 'Contact', ['Contact']),
      lookup('AccountId', 'Account', ['Account']), owner(['Group', 'User']),
    ]),
    object('Account_Service_Request__c', 'a01', [
      nameField(), lookup('Account__c', 'Account__r', ['Account']), field('Priority__c', 'picklist'),
      field('Due_Date__c', 'date'), field('Description__c', 'textarea'),
    ]),
    object('Support_Plan__c', 'a02', [
      nameField(), lookup('Contact__c', 'Contact__r', ['Contact']), field('Tier__c', 'picklist'),
      field('Seats__c', 'double'), field('Active__c', 'boolean'), field('Renewal_Date__c', 'date'),
    ]),
  ];
}
