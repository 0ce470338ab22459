import { z } from 'zod';

// A record as the REST API returns it: `attributes` plus field values. Values stay `unknown` here because a
// field may hold a scalar, a compound address, a nested parent record or a child subquery result; callers
// that know their SELECT pass a precise schema to the query ops, or read nested values with the helpers below.
export const recordAttributesSchema = z.looseObject({
  type: z.string(),
  url: z.string().optional(),
});

export const sfRecordSchema = z.object({ attributes: recordAttributesSchema }).catchall(z.unknown());

export type SfRecord = z.infer<typeof sfRecordSchema>;

/** The page of a query result (top-level or a child subquery). */
export function queryResultSchema<S extends z.ZodType>(record: S) {
  return z.looseObject({
    totalSize: z.number().int().nonnegative(),
    done: z.boolean(),
    nextRecordsUrl: z.string().optional(),
    records: z.array(record),
  });
}

export type QueryResultBody<T> = {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: T[];
};

/** A parent reached through a lookup (`Account` of a Contact); null when the lookup is empty. */
export function parentRecord(record: SfRecord, relationshipName: string): SfRecord | null {
  const value = record[relationshipName];
  if (value === null || value === undefined) return null;
  return sfRecordSchema.parse(value);
}

/** Records of a child subquery (`Cases` of a Contact); Salesforce sends null, not an empty list, when there are none. */
export function childRecords(record: SfRecord, relationshipName: string): SfRecord[] {
  const value = record[relationshipName];
  if (value === null || value === undefined) return [];
  return queryResultSchema(sfRecordSchema).parse(value).records;
}
