import { buildStandardDescribes } from '../../../../fake-org/metadata';
import type { FieldDescribe, SObjectDescribe } from '../../../../salesforce';
import { sobjectDescribeSchema } from '../../../../salesforce/schemas/describe';

/** The fake org's describe of `sobject`, parsed as the client parses a real one. */
export function fakeDescribe(sobject: string): SObjectDescribe {
  const body = buildStandardDescribes('https://demo.my.salesforce.com').find((describe) => describe.name === sobject);
  if (!body) throw new Error(`The fake org has no ${sobject}`);
  return sobjectDescribeSchema.parse(body);
}

export function fieldOf(describe: SObjectDescribe, name: string): FieldDescribe {
  const field = describe.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${describe.name} has no field ${name}`);
  return field;
}

/** A field of the fake org's `sobject` with some describe keys changed, for types its model doesn't carry. */
export function fakeField(sobject: string, name: string, changes: Partial<FieldDescribe> = {}): FieldDescribe {
  return { ...fieldOf(fakeDescribe(sobject), name), ...changes };
}

/** A describe holding `fields` in place of same-named ones (or added). */
export function withFields(describe: SObjectDescribe, ...fields: FieldDescribe[]): SObjectDescribe {
  const names = new Set(fields.map((field) => field.name));
  return { ...describe, fields: [...describe.fields.filter((field) => !names.has(field.name)), ...fields] };
}

/** Salesforce's rich text area, as a real describe has it (the fake org's model has none). */
export function richTextField(): FieldDescribe {
  return fakeField('Contact', 'Description', {
    name: 'Bio__c',
    label: 'Bio',
    custom: true,
    length: 32768,
    htmlFormatted: true,
    extraTypeInfo: 'richtextarea',
  });
}
