import { field } from '../field';
import { ownedScopes, type ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { INDUSTRIES, LEAD_SOURCES, RATINGS } from '../shared-picklists';
import {
  addressFields, auditFields, dataComFields, descriptionField, idField, isDeletedField, lastActivityField,
  lastViewedFields, masterRecordField, ownerField, photoUrlField,
} from '../standard-fields';

export const ACCOUNT_TYPES = [
  'Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller', 'Installation Partner',
  'Technology Partner', 'Other',
] as const;

// Field list and flags from the recorded Account describe (describe-Account-v58-nango.json), minus
// the State/Country code picklists (an org option this org leaves off), the D&B and operating-hours
// lookups, and that org's own custom fields.
export function accountSpec(): ObjectSpec {
  return {
    name: 'Account', label: 'Account', labelPlural: 'Accounts', keyPrefix: '001',
    flags: { mergeable: true },
    supportedScopes: ownedScopes('accounts'),
    fields: [
      idField('Account ID'),
      isDeletedField(),
      masterRecordField('Account'),
      field({ name: 'Name', label: 'Account Name', type: 'string', required: true, nameField: true, compoundFieldName: 'Name', extraTypeInfo: 'switchablepersonname' }),
      field({ name: 'Type', label: 'Account Type', type: 'picklist', picklistValues: picklist(ACCOUNT_TYPES) }),
      field({ name: 'ParentId', label: 'Parent Account ID', type: 'reference', referenceTo: ['Account'], child: { relationshipName: 'ChildAccounts' } }),
      ...addressFields('Billing'),
      ...addressFields('Shipping'),
      field({ name: 'Phone', label: 'Account Phone', type: 'phone' }),
      field({ name: 'Fax', label: 'Account Fax', type: 'phone' }),
      field({ name: 'AccountNumber', label: 'Account Number', type: 'string', length: 40 }),
      field({ name: 'Website', label: 'Website', type: 'url' }),
      photoUrlField(),
      field({ name: 'Sic', label: 'SIC Code', type: 'string', length: 20 }),
      field({ name: 'Industry', label: 'Industry', type: 'picklist', picklistValues: picklist(INDUSTRIES) }),
      field({ name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency', scale: 0 }),
      field({ name: 'NumberOfEmployees', label: 'Employees', type: 'int', digits: 8 }),
      field({ name: 'Ownership', label: 'Ownership', type: 'picklist', picklistValues: picklist(['Public', 'Private', 'Subsidiary', 'Other']) }),
      field({ name: 'TickerSymbol', label: 'Ticker Symbol', type: 'string', length: 20 }),
      descriptionField('Account Description'),
      field({ name: 'Rating', label: 'Account Rating', type: 'picklist', picklistValues: picklist(RATINGS) }),
      field({ name: 'Site', label: 'Account Site', type: 'string', length: 80 }),
      ownerField(),
      ...auditFields(),
      lastActivityField(),
      ...lastViewedFields(),
      ...dataComFields('JigsawCompanyId', 'Jigsaw Company ID'),
      field({ name: 'AccountSource', label: 'Account Source', type: 'picklist', picklistValues: picklist(LEAD_SOURCES) }),
      field({ name: 'DunsNumber', label: 'D-U-N-S Number', type: 'string', length: 9 }),
      field({ name: 'Tradestyle', label: 'Tradestyle', type: 'string' }),
      field({ name: 'NaicsCode', label: 'NAICS Code', type: 'string', length: 8 }),
      field({ name: 'NaicsDesc', label: 'NAICS Description', type: 'string', length: 120 }),
      field({ name: 'YearStarted', label: 'Year Started', type: 'string', length: 4 }),
      field({ name: 'SicDesc', label: 'SIC Description', type: 'string', length: 80 }),
    ],
  };
}
