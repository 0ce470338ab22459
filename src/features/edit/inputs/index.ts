// Describe-driven inputs for the edit and create screens: the control for each field type, and the
// conversions and checks between what Salesforce holds and what a form holds.
export { checkValue } from './check-value';
export { allowedPicklistValues } from './dependent-picklists';
export { FieldEditor, type FieldEditorProps } from './field-editor';
export { isEditable, isRequired, type FormMode } from './field-rules';
export { toFormValue, toSalesforceValue, type FormValue, type FormValues, type ValueOptions } from './form-value';
export { lookupSearchQueryOptions, useLookupSearch } from './use-lookup-search';
