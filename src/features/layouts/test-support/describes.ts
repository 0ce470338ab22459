import { buildStandardDescribes } from '../../../fake-org/metadata';
import type { SObjectDescribe } from '../../../salesforce';
import { sobjectDescribeSchema } from '../../../salesforce/schemas/describe';

const INSTANCE_URL = 'https://demo.my.salesforce.com';

const parsed = new Map<string, SObjectDescribe>();

/** The fake org's describe of a standard object, parsed as the client parses a real one. */
export function standardDescribe(sobject: string): SObjectDescribe {
  const known = parsed.get(sobject);
  if (known) return known;
  const body = buildStandardDescribes(INSTANCE_URL).find((describe) => describe.name === sobject);
  if (!body) throw new Error(`The fake org has no ${sobject}`);
  const describe = sobjectDescribeSchema.parse(body);
  parsed.set(sobject, describe);
  return describe;
}

/** A describe of `sobject` whose fields are exactly these text fields (labels equal to the names). */
export function describeWithFields(sobject: string, names: readonly string[]): SObjectDescribe {
  const base = standardDescribe('Contact');
  const template = base.fields.find((field) => field.name === 'Title');
  if (!template) throw new Error('Contact has no Title field');
  return { ...base, name: sobject, label: sobject, fields: names.map((name) => ({ ...template, name, label: name })) };
}
