import { z } from 'zod';

/** One item of a REST error body `[{ message, errorCode, fields? }]` (also a failed composite subresponse body). */
export const restErrorSchema = z.looseObject({
  message: z.string(),
  errorCode: z.string(),
  fields: z.array(z.string()).optional(),
});

export const restErrorsSchema = z.array(restErrorSchema);

export type RestError = z.infer<typeof restErrorSchema>;

const duplicateMatchRecordSchema = z.looseObject({
  record: z.looseObject({ Id: z.string(), attributes: z.looseObject({ type: z.string() }) }),
});

/** The `duplicateResult` Salesforce adds to a DUPLICATES_DETECTED error. */
export const duplicateResultSchema = z.looseObject({
  allowSave: z.boolean(),
  duplicateRule: z.string().optional(),
  matchResults: z.array(
    z.looseObject({
      entityType: z.string().optional(),
      matchRecords: z.array(duplicateMatchRecordSchema),
    }),
  ),
});
