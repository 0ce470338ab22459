import { field } from '../field';
import type { ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { auditFields, idField } from '../standard-fields';

// The User fields a CRM sidebar reads (owner names, the running user), with the required locale
// settings a real User has. Users cannot be deleted through the API, only deactivated.
export function userSpec(): ObjectSpec {
  return {
    name: 'User', label: 'User', labelPlural: 'Users', keyPrefix: '005',
    flags: { deletable: false, undeletable: false },
    supportedScopes: [{ label: 'All users', name: 'everything' }],
    urls: ['compactLayouts', 'rowTemplate', 'uiDetailTemplate', 'uiEditTemplate', 'namedLayouts', 'passwordUtilities', 'describe', 'uiNewRecord', 'quickActions', 'layouts', 'sobject'],
    fields: [
      idField('User ID'),
      field({ name: 'Username', label: 'Username', type: 'string', required: true, length: 80, idLookup: true, unique: true }),
      field({ name: 'LastName', label: 'Last Name', type: 'string', required: true, length: 80, compoundFieldName: 'Name', extraTypeInfo: 'personname' }),
      field({ name: 'FirstName', label: 'First Name', type: 'string', length: 40, compoundFieldName: 'Name', extraTypeInfo: 'personname' }),
      field({ name: 'Name', label: 'Full Name', type: 'string', readOnly: true, required: true, length: 121, nameField: true, extraTypeInfo: 'personname' }),
      field({ name: 'CompanyName', label: 'Company Name', type: 'string', length: 80 }),
      field({ name: 'Title', label: 'Title', type: 'string', length: 80 }),
      field({ name: 'Email', label: 'Email', type: 'email', required: true, length: 128 }),
      field({ name: 'Phone', label: 'Phone', type: 'phone' }),
      field({ name: 'MobilePhone', label: 'Mobile', type: 'phone' }),
      field({ name: 'Alias', label: 'Alias', type: 'string', required: true, length: 8 }),
      field({ name: 'IsActive', label: 'Active', type: 'boolean' }),
      field({
        name: 'TimeZoneSidKey', label: 'Time Zone', type: 'picklist', required: true, length: 40, restrictedPicklist: true,
        picklistValues: picklist([
          ['America/Los_Angeles', '(GMT-08:00) Pacific Standard Time (America/Los_Angeles)'],
          ['America/New_York', '(GMT-05:00) Eastern Standard Time (America/New_York)'],
          ['Europe/London', '(GMT+00:00) Greenwich Mean Time (Europe/London)'],
          ['Europe/Paris', '(GMT+01:00) Central European Standard Time (Europe/Paris)'],
        ]),
      }),
      field({
        name: 'LocaleSidKey', label: 'Locale', type: 'picklist', required: true, length: 40, restrictedPicklist: true,
        picklistValues: picklist([['en_US', 'English (United States)'], ['en_GB', 'English (United Kingdom)'], ['fr_FR', 'French (France)']]),
      }),
      field({
        name: 'EmailEncodingKey', label: 'Email Encoding', type: 'picklist', required: true, length: 40, restrictedPicklist: true,
        picklistValues: picklist([['UTF-8', 'Unicode (UTF-8)'], ['ISO-8859-1', 'General US & Western Europe (ISO-8859-1, ISO-LATIN-1)']]),
      }),
      field({
        name: 'LanguageLocaleKey', label: 'Language', type: 'picklist', required: true, length: 40, restrictedPicklist: true,
        picklistValues: picklist([['en_US', 'English'], ['fr', 'French']]),
      }),
      field({ name: 'SmallPhotoUrl', label: 'Photo', type: 'url', readOnly: true, length: 1024, extraTypeInfo: 'imageurl' }),
      field({ name: 'ContactId', label: 'Contact ID', type: 'reference', referenceTo: ['Contact'], updateable: false, child: { relationshipName: 'Users', restrictedDelete: true } }),
      field({ name: 'AccountId', label: 'Account ID', type: 'reference', readOnly: true, referenceTo: ['Account'], child: { relationshipName: 'Users' } }),
      ...auditFields(),
    ],
  };
}
