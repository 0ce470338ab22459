import { buildStandardDescribes } from '../../../fake-org/metadata';
import type { FieldDescribe, SfRecord, SObjectDescribe } from '../../../salesforce';
import { sobjectDescribeSchema } from '../../../salesforce/schemas/describe';

export const DEMO_INSTANCE_URL = 'https://demo.my.salesforce.com';

/** The fake org's describe of `sobject`, parsed as the client parses a real one. */
export function fakeDescribe(sobject: string): SObjectDescribe {
  const body = buildStandardDescribes(DEMO_INSTANCE_URL).find((describe) => describe.name === sobject);
  if (!body) throw new Error(`The fake org has no ${sobject}`);
  return sobjectDescribeSchema.parse(body);
}

export function fieldOf(describe: SObjectDescribe, name: string): FieldDescribe {
  const field = describe.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${describe.name} has no field ${name}`);
  return field;
}

/** The describe with one field changed, for types or labels the fake org's model doesn't carry. */
export function withField(describe: SObjectDescribe, name: string, changes: Partial<FieldDescribe>): SObjectDescribe {
  return { ...describe, fields: describe.fields.map((field) => (field.name === name ? { ...field, ...changes } : field)) };
}

/** A record in the REST API's shape. */
export function sfRecord(sobject: string, values: Record<string, unknown>): SfRecord {
  const id = typeof values.Id === 'string' ? values.Id : '';
  return { attributes: { type: sobject, url: `/services/data/v62.0/sobjects/${sobject}/${id}` }, ...values };
}
