import { z } from 'zod';

// Per-record errors inside save results use `statusCode` (not `errorCode` as in REST error bodies).
export const saveErrorSchema = z.looseObject({
  statusCode: z.string(),
  message: z.string(),
  fields: z.array(z.string()).optional(),
});

export const saveResultSchema = z.looseObject({
  id: z.string().nullable().optional(),
  success: z.boolean(),
  errors: z.array(saveErrorSchema),
});

export type SaveError = z.infer<typeof saveErrorSchema>;
export type SaveResult = z.infer<typeof saveResultSchema>;
