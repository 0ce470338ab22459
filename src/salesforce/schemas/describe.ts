import { z } from 'zod';

// The parts of a describe the app relies on, required so a broken response fails loudly at the boundary.
// Every other key (there are ~57 per field in v48+) passes through untouched, so the cache keeps the full body.
export const picklistEntrySchema = z.looseObject({
  active: z.boolean(),
  defaultValue: z.boolean(),
  label: z.string().nullable(),
  validFor: z.string().nullable(),
  value: z.string(),
});

export const fieldDescribeSchema = z.looseObject({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  length: z.number(),
  nillable: z.boolean(),
  createable: z.boolean(),
  updateable: z.boolean(),
  defaultedOnCreate: z.boolean(),
  calculated: z.boolean(),
  custom: z.boolean(),
  nameField: z.boolean(),
  htmlFormatted: z.boolean(),
  filterable: z.boolean(),
  sortable: z.boolean(),
  idLookup: z.boolean(),
  unique: z.boolean(),
  autoNumber: z.boolean(),
  externalId: z.boolean(),
  precision: z.number(),
  scale: z.number(),
  digits: z.number(),
  picklistValues: z.array(picklistEntrySchema),
  restrictedPicklist: z.boolean(),
  dependentPicklist: z.boolean(),
  controllerName: z.string().nullable(),
  referenceTo: z.array(z.string()),
  relationshipName: z.string().nullable(),
  defaultValue: z.unknown(),
  inlineHelpText: z.string().nullable(),
  compoundFieldName: z.string().nullable().optional(),
  polymorphicForeignKey: z.boolean().optional(),
});

export const childRelationshipSchema = z.looseObject({
  childSObject: z.string(),
  field: z.string(),
  relationshipName: z.string().nullable(),
  cascadeDelete: z.boolean(),
});

export const recordTypeInfoSchema = z.looseObject({
  name: z.string(),
  recordTypeId: z.string().nullable(),
  available: z.boolean(),
  defaultRecordTypeMapping: z.boolean(),
  master: z.boolean().optional(),
});

/** What describe and describeGlobal both say of an object. */
export const sobjectBasicsSchema = z.looseObject({
  name: z.string(),
  label: z.string(),
  labelPlural: z.string(),
  keyPrefix: z.string().nullable(),
  custom: z.boolean(),
  createable: z.boolean(),
  updateable: z.boolean(),
  deletable: z.boolean(),
  queryable: z.boolean(),
  searchable: z.boolean(),
});

export const sobjectDescribeSchema = sobjectBasicsSchema.extend({
  fields: z.array(fieldDescribeSchema),
  childRelationships: z.array(childRelationshipSchema),
  recordTypeInfos: z.array(recordTypeInfoSchema),
  urls: z.record(z.string(), z.string()),
});

export type PicklistEntry = z.infer<typeof picklistEntrySchema>;
export type FieldDescribe = z.infer<typeof fieldDescribeSchema>;
export type ChildRelationship = z.infer<typeof childRelationshipSchema>;
export type SObjectDescribe = z.infer<typeof sobjectDescribeSchema>;
