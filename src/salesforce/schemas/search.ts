import { z } from 'zod';

/** REST /search and /parameterizedSearch both answer `{ searchRecords: [...] }` (API 36+). */
export function searchResultSchema<S extends z.ZodType>(record: S) {
  return z.looseObject({ searchRecords: z.array(record) });
}
