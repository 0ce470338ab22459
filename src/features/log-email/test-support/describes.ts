import { buildStandardDescribes } from '../../../fake-org/metadata';
import { DEFAULT_INSTANCE_URL } from '../../../fake-org/org';
import { sobjectDescribeSchema, type SObjectDescribe } from '../../../salesforce/schemas/describe';

/** The fake org's describe of `sobject`, parsed as the client parses a real one. */
export function fakeDescribe(sobject: string): SObjectDescribe {
  const body = buildStandardDescribes(DEFAULT_INSTANCE_URL).find((describe) => describe.name === sobject);
  if (!body) throw new Error(`The fake org has no ${sobject}`);
  return sobjectDescribeSchema.parse(body);
}
