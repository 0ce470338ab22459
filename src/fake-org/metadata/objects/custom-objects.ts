import { lookupField, masterDetailField, type CustomObjectSpec } from '../custom-object';
import { dependentPicklist, picklist } from '../picklist';

export const SERVICE_REQUEST_CATEGORIES = ['Hardware', 'Software', 'Billing'] as const;

/** Which Subcategory__c values each Category__c allows. */
export const SERVICE_REQUEST_SUBCATEGORIES: Readonly<Record<(typeof SERVICE_REQUEST_CATEGORIES)[number], readonly string[]>> = {
  Hardware: ['Laptop', 'Monitor'],
  Software: ['Install', 'Licence', 'Bug'],
  Billing: ['Invoice', 'Refund'],
};

// The org's own custom objects: a lookup child of Account with a required picklist and a dependent
// picklist, a master-detail child of Contact, and a managed-package object the product must ignore.
// Their picklists are restricted, as new custom picklists are by default.

export function accountServiceRequestSpec(): CustomObjectSpec {
  return {
    name: 'Account_Service_Request__c', label: 'Account Service Request', labelPlural: 'Account Service Requests', keyPrefix: 'a01',
    activities: true,
    fields: [
      lookupField('Account__c', 'Account', 'Account', 'Service_Requests__r'),
      { name: 'Priority__c', label: 'Priority', type: 'picklist', required: true, restrictedPicklist: true, picklistValues: picklist(['High', 'Medium', 'Low']) },
      { name: 'Category__c', label: 'Category', type: 'picklist', restrictedPicklist: true, picklistValues: picklist(SERVICE_REQUEST_CATEGORIES) },
      {
        name: 'Subcategory__c', label: 'Subcategory', type: 'picklist', restrictedPicklist: true, controllerName: 'Category__c',
        picklistValues: dependentPicklist(SERVICE_REQUEST_CATEGORIES, SERVICE_REQUEST_SUBCATEGORIES),
      },
      {
        name: 'Status__c', label: 'Status', type: 'picklist', restrictedPicklist: true, defaultValue: 'New', defaultedOnCreate: true,
        picklistValues: picklist(['New', 'In Progress', 'Closed'], { defaultValue: 'New' }),
      },
      { name: 'Due_Date__c', label: 'Due Date', type: 'date' },
      { name: 'Description__c', label: 'Description', type: 'textarea', length: 32768 },
    ],
  };
}

export function supportPlanSpec(): CustomObjectSpec {
  return {
    name: 'Support_Plan__c', label: 'Support Plan', labelPlural: 'Support Plans', keyPrefix: 'a02',
    fields: [
      masterDetailField('Contact__c', 'Contact', 'Contact', 'Support_Plans__r'),
      { name: 'Tier__c', label: 'Tier', type: 'picklist', restrictedPicklist: true, picklistValues: picklist(['Bronze', 'Silver', 'Gold']) },
      { name: 'Renewal_Date__c', label: 'Renewal Date', type: 'date' },
      { name: 'Seats__c', label: 'Seats', type: 'double' },
      { name: 'Active__c', label: 'Active', type: 'boolean' },
    ],
  };
}

export function acmeWidgetSpec(): CustomObjectSpec {
  return {
    name: 'acme__Widget__c', label: 'Widget', labelPlural: 'Widgets', keyPrefix: 'a03',
    fields: [
      lookupField('acme__Account__c', 'Account', 'Account', 'acme__Widgets__r'),
      { name: 'acme__Serial__c', label: 'Serial Number', type: 'string', length: 40, externalId: true, idLookup: true },
    ],
  };
}
