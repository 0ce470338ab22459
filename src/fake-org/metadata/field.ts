import { rememberChildRelationship, type ChildRelationshipSpec } from './child-relationship-specs';
import type { FieldDescribe, FieldType, PicklistEntry } from './describe-types';
import { byteLengthFor, defaultLength, numberShapeFor, queryFlagsFor, soapTypeFor } from './field-defaults';

/** Every key of a v48+ REST field describe, in Salesforce's (alphabetical) order. */
export const FIELD_KEYS = [
  'aggregatable', 'aiPredictionField', 'autoNumber', 'byteLength', 'calculated', 'calculatedFormula', 'cascadeDelete',
  'caseSensitive', 'compoundFieldName', 'controllerName', 'createable', 'custom', 'defaultValue',
  'defaultValueFormula', 'defaultedOnCreate', 'dependentPicklist', 'deprecatedAndHidden', 'digits',
  'displayLocationInDecimal', 'encrypted', 'externalId', 'extraTypeInfo', 'filterable', 'filteredLookupInfo',
  'formulaTreatNullNumberAsZero', 'groupable', 'highScaleNumber', 'htmlFormatted', 'idLookup', 'inlineHelpText',
  'label', 'length', 'mask', 'maskType', 'name', 'nameField', 'namePointing', 'nillable', 'permissionable',
  'picklistValues', 'polymorphicForeignKey', 'precision', 'queryByDistance', 'referenceTargetField', 'referenceTo',
  'relationshipName', 'relationshipOrder', 'restrictedDelete', 'restrictedPicklist', 'scale', 'searchPrefilterable',
  'soapType', 'sortable', 'type', 'unique', 'updateable', 'writeRequiresMasterRead',
] as const;

/** The describe keys a spec may override (FieldDescribe's index signature would defeat Omit/Partial). */
interface Overrides {
  aggregatable?: boolean; autoNumber?: boolean; byteLength?: number; calculated?: boolean;
  calculatedFormula?: string | null; cascadeDelete?: boolean; compoundFieldName?: string | null;
  controllerName?: string | null; createable?: boolean; defaultValue?: unknown; defaultedOnCreate?: boolean;
  digits?: number; externalId?: boolean; extraTypeInfo?: string | null; filterable?: boolean; groupable?: boolean;
  htmlFormatted?: boolean; idLookup?: boolean; inlineHelpText?: string | null; length?: number; nameField?: boolean;
  namePointing?: boolean; nillable?: boolean; permissionable?: boolean; picklistValues?: PicklistEntry[];
  polymorphicForeignKey?: boolean; precision?: number; referenceTo?: string[]; relationshipName?: string | null;
  relationshipOrder?: number | null; restrictedDelete?: boolean; restrictedPicklist?: boolean; scale?: number;
  searchPrefilterable?: boolean; sortable?: boolean; unique?: boolean; updateable?: boolean;
  writeRequiresMasterRead?: boolean;
}

/**
 * A compact field definition: name, label and type, plus only what differs from what Salesforce
 * does for that type. `required` = not nillable (the API makes the client send it unless defaulted);
 * `readOnly` = neither createable nor updateable; `child` names the child relationship this
 * lookup creates on the objects it points to.
 */
export interface FieldSpec extends Overrides {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  readOnly?: boolean;
  child?: ChildRelationshipSpec;
}

function defaultRelationshipName(name: string): string | null {
  if (name.endsWith('__c')) return `${name.slice(0, -3)}__r`;
  return name.endsWith('Id') ? name.slice(0, -2) : null;
}

function baseFor(spec: FieldSpec): Record<string, unknown> {
  const { type, name } = spec;
  const length = spec.length ?? defaultLength(type);
  const nillable = spec.nillable ?? (spec.required === true ? false : type !== 'id' && type !== 'boolean');
  const createable = spec.createable ?? (spec.readOnly !== true && type !== 'id');
  const updateable = spec.updateable ?? (spec.readOnly !== true && type !== 'id');
  const referenceTo = spec.referenceTo ?? [];
  const relationshipName = spec.relationshipName !== undefined ? spec.relationshipName : type === 'reference' ? defaultRelationshipName(name) : null;
  const polymorphic = referenceTo.length > 1;
  const controllerName = spec.controllerName ?? null;
  return {
    aiPredictionField: false, autoNumber: false, calculated: false, calculatedFormula: null, cascadeDelete: false,
    caseSensitive: false, compoundFieldName: null, controllerName, createable, custom: name.endsWith('__c'),
    defaultValue: type === 'boolean' ? false : null, defaultValueFormula: null,
    defaultedOnCreate: type === 'id' || type === 'boolean', dependentPicklist: controllerName !== null,
    deprecatedAndHidden: false, displayLocationInDecimal: false, encrypted: false, externalId: false,
    extraTypeInfo: type === 'textarea' ? 'plaintextarea' : null, filteredLookupInfo: null,
    formulaTreatNullNumberAsZero: false, highScaleNumber: false, htmlFormatted: false, idLookup: type === 'id',
    inlineHelpText: null, length, byteLength: byteLengthFor(type, length), mask: null, maskType: null,
    nameField: false, namePointing: polymorphic, nillable,
    permissionable: nillable && (createable || updateable) && type !== 'id',
    picklistValues: [], polymorphicForeignKey: polymorphic, queryByDistance: type === 'address',
    referenceTargetField: null, referenceTo, relationshipName, relationshipOrder: null, restrictedDelete: false,
    restrictedPicklist: false,
    searchPrefilterable: type === 'reference' && nillable && relationshipName !== null && name !== 'MasterRecordId',
    soapType: soapTypeFor(type), unique: false, updateable, writeRequiresMasterRead: false,
    ...numberShapeFor(type), ...queryFlagsFor(type, length),
  };
}

/** Expands a compact spec into a full real-shaped field describe (every key present, nulls explicit). */
export function field(spec: FieldSpec): FieldDescribe {
  const shorthands = new Set(['required', 'readOnly', 'child']);
  const overrides = Object.fromEntries(Object.entries(spec).filter(([key, value]) => value !== undefined && !shorthands.has(key)));
  const merged: Record<string, unknown> = { ...baseFor(spec), ...overrides };
  const describe = Object.fromEntries(FIELD_KEYS.map((key) => [key, merged[key]])) as FieldDescribe;
  if (spec.child) rememberChildRelationship(describe, spec.child);
  return describe;
}
