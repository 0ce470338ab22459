import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  childRecords,
  c,
  describeQueryOptions,
  displaySelect,
  SalesforceError,
  soql,
  type SalesforceClient,
  type SfRecord,
  type SObjectDescribe,
} from '../../salesforce';
import { customChildRelationships } from './custom-children';
import { layoutFormFields } from './form-fields';
import type { LayoutFor } from './layout-for';

/** One record of the form, with the describe and layout fields it is edited with. */
export interface EditableRecord {
  readonly describe: SObjectDescribe;
  readonly record: SfRecord;
  readonly layout: readonly string[];
}

/** The record first, then each custom-object record linked to it. */
export type EditableRecords = readonly EditableRecord[];

export interface EditRecordQueryInput {
  readonly client: SalesforceClient;
  readonly orgKey: string;
  readonly sobject: string;
  readonly recordId: string;
  readonly layoutFor: LayoutFor;
}

// As many linked records as the panel lists per custom object.
const LINKED_RECORD_LIMIT = 10;

/**
 * What the form reads: the layout's fields (and their lookups' names), the controllers of dependent picklists,
 * and LastModifiedDate for the conflict check.
 */
function formSelect(describe: SObjectDescribe, layout: readonly string[]): string[] {
  const typed = layoutFormFields(describe, layout);
  const controllers = typed.flatMap((field) => (field.controllerName ? [field.controllerName] : []));
  return [...displaySelect(describe, [...layout, ...typed.map((field) => field.name), ...controllers]), 'LastModifiedDate'];
}

async function describeOf(queryClient: QueryClient, input: EditRecordQueryInput, sobject: string): Promise<SObjectDescribe | null> {
  return queryClient.fetchQuery(describeQueryOptions(input, sobject));
}

async function fetchEditableRecords(queryClient: QueryClient, input: EditRecordQueryInput): Promise<EditableRecords> {
  const describe = await describeOf(queryClient, input, input.sobject);
  if (!describe) throw new SalesforceError({ code: 'NOT_FOUND', serverMessage: `${input.sobject} is not available to this user.` });
  const relationships = customChildRelationships(describe);
  const childDescribes = await Promise.all(relationships.map((relationship) => describeOf(queryClient, input, relationship.childSObject)));
  const linked = relationships.flatMap((relationship, index) => {
    const child = childDescribes[index];
    return child ? [{ relationship, describe: child, layout: input.layoutFor(child) }] : [];
  });

  const subqueries = linked.map(({ relationship, describe: child, layout }) =>
    soql.select(formSelect(child, layout)).from(relationship.relationshipName).orderBy('CreatedDate', 'DESC').limit(LINKED_RECORD_LIMIT),
  );
  const layout = input.layoutFor(describe);
  // One query with child subqueries: the record and every linked record in a single API call.
  const query = soql.select([...formSelect(describe, layout), ...subqueries]).from(describe.name).where(c.eq('Id', input.recordId));
  const [record] = (await input.client.query(query)).records;
  if (!record) throw new SalesforceError({ code: 'NOT_FOUND', serverMessage: `${input.sobject} ${input.recordId} was not found.` });

  const children = linked.flatMap(({ relationship, describe: child, layout: childLayout }) =>
    childRecords(record, relationship.relationshipName).map((childRecord) => ({ describe: child, record: childRecord, layout: childLayout })),
  );
  return [{ describe, record, layout }, ...children];
}

/** The record and its linked custom records, fresh every time the form opens (an edit must start from now). */
export function editRecordQueryOptions(input: EditRecordQueryInput) {
  // The client belongs to orgKey and the layout to the screen: the key names the record.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['salesforce', input.orgKey, 'edit', input.sobject, input.recordId] as const,
    queryFn: ({ client: queryClient }) => fetchEditableRecords(queryClient, input),
    staleTime: 0,
    // Nothing is kept once the form closes: reopening must load the record as it is now, not show an old copy
    // (the form copies the records once, so a background refresh would come too late).
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
