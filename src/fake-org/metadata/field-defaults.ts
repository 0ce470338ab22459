import type { FieldType } from './describe-types';

// Type-driven defaults, read off the recorded v48+ describes: how Salesforce sizes, encodes and
// flags a field of each type unless the field says otherwise.

const TEXT_TYPES: ReadonlySet<FieldType> = new Set([
  'string', 'textarea', 'email', 'phone', 'url', 'picklist', 'multipicklist', 'combobox', 'encryptedstring',
]);

const DEFAULT_LENGTH: Partial<Record<FieldType, number>> = {
  id: 18, reference: 18, string: 255, textarea: 255, email: 80, phone: 40, url: 255,
  picklist: 255, multipicklist: 4099, combobox: 255, encryptedstring: 175,
};

const SOAP_TYPE: Partial<Record<FieldType, string>> = {
  id: 'tns:ID', reference: 'tns:ID', boolean: 'xsd:boolean', int: 'xsd:int', double: 'xsd:double',
  currency: 'xsd:double', percent: 'xsd:double', date: 'xsd:date', datetime: 'xsd:dateTime', time: 'xsd:time',
  address: 'urn:address', location: 'urn:location', base64: 'xsd:base64Binary', anyType: 'xsd:anyType',
};

const NUMBER_SHAPE: Partial<Record<FieldType, { precision: number; scale: number; digits: number }>> = {
  double: { precision: 18, scale: 0, digits: 0 },
  currency: { precision: 18, scale: 2, digits: 0 },
  percent: { precision: 3, scale: 0, digits: 0 },
  int: { precision: 0, scale: 0, digits: 9 },
};

// Long text areas cannot be filtered, sorted or grouped in SOQL; 255-char ones can.
const isLongText = (type: FieldType, length: number) => type === 'textarea' && length > 255;

function isTextType(type: FieldType): boolean {
  return TEXT_TYPES.has(type);
}

export function defaultLength(type: FieldType): number {
  return DEFAULT_LENGTH[type] ?? 0;
}

export function byteLengthFor(type: FieldType, length: number): number {
  if (type === 'id' || type === 'reference') return length;
  return isTextType(type) ? length * 3 : 0;
}

export function soapTypeFor(type: FieldType): string {
  return SOAP_TYPE[type] ?? 'xsd:string';
}

export function numberShapeFor(type: FieldType): { precision: number; scale: number; digits: number } {
  return NUMBER_SHAPE[type] ?? { precision: 0, scale: 0, digits: 0 };
}

export interface QueryFlags {
  filterable: boolean;
  sortable: boolean;
  groupable: boolean;
  aggregatable: boolean;
}

export function queryFlagsFor(type: FieldType, length: number): QueryFlags {
  const longText = isLongText(type, length);
  const filterable = !longText && type !== 'base64';
  const sortable = filterable && type !== 'address' && type !== 'multipicklist' && type !== 'location';
  const ungroupable: FieldType[] = ['double', 'currency', 'percent', 'datetime', 'address', 'location', 'multipicklist', 'combobox'];
  const groupable = !longText && type !== 'base64' && !ungroupable.includes(type);
  const aggregatable = !longText && !['boolean', 'address', 'location', 'base64'].includes(type);
  return { filterable, sortable, groupable, aggregatable };
}
