import { z } from 'zod';
import { sobjectBasicsSchema } from './describe';

export const globalSObjectSchema = sobjectBasicsSchema.extend({
  layoutable: z.boolean(),
  urls: z.record(z.string(), z.string()),
});

export const describeGlobalSchema = z.looseObject({
  encoding: z.string(),
  maxBatchSize: z.number(),
  sobjects: z.array(globalSObjectSchema),
});

export type GlobalSObject = z.infer<typeof globalSObjectSchema>;
export type DescribeGlobal = z.infer<typeof describeGlobalSchema>;
