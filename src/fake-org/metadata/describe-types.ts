// The parts of Salesforce's describe shapes the fake org reads. Describes are stored in full real shape
// (every key a v48+ describe has); these types name the keys the engine relies on.
export type FieldType =
  | 'id' | 'string' | 'textarea' | 'email' | 'phone' | 'url' | 'picklist' | 'multipicklist' | 'combobox'
  | 'boolean' | 'date' | 'datetime' | 'time' | 'currency' | 'double' | 'percent' | 'int' | 'reference'
  | 'address' | 'location' | 'encryptedstring' | 'base64' | 'anyType';

export interface PicklistEntry {
  active: boolean;
  defaultValue: boolean;
  label: string;
  validFor: string | null;
  value: string;
}

export interface FieldDescribe {
  name: string;
  label: string;
  type: FieldType;
  length: number;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  defaultedOnCreate: boolean;
  calculated: boolean;
  custom: boolean;
  filterable: boolean;
  sortable: boolean;
  nameField: boolean;
  htmlFormatted: boolean;
  picklistValues: PicklistEntry[];
  restrictedPicklist: boolean;
  dependentPicklist: boolean;
  controllerName: string | null;
  referenceTo: string[];
  relationshipName: string | null;
  compoundFieldName: string | null;
  defaultValue: unknown;
  [key: string]: unknown;
}

export interface ChildRelationship {
  cascadeDelete: boolean;
  childSObject: string;
  deprecatedAndHidden: boolean;
  field: string;
  junctionIdListNames: string[];
  junctionReferenceTo: string[];
  relationshipName: string | null;
  restrictedDelete: boolean;
}

export interface SObjectDescribe {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string | null;
  custom: boolean;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  queryable: boolean;
  searchable: boolean;
  fields: FieldDescribe[];
  childRelationships: ChildRelationship[];
  urls: Record<string, string>;
  [key: string]: unknown;
}
