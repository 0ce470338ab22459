import { c, displaySelect, type SalesforceClient, type SfRecord, type SObjectDescribe, soql } from '../../../salesforce';

export interface LoadedRecords {
  describe: SObjectDescribe;
  records: SfRecord[];
}

/** Records as the panel receives them: the layout's fields plus each lookup's name, straight from the org. */
export async function loadForDisplay(
  client: SalesforceClient,
  sobject: string,
  fields: readonly string[],
  where: { field: string; equals: string },
): Promise<LoadedRecords> {
  const describe = await client.describe(sobject);
  const query = soql.select(displaySelect(describe, fields)).from(sobject).where(c.eq(where.field, where.equals)).orderBy('CreatedDate');
  const { records } = await client.query(query);
  return { describe, records };
}
