import { z } from 'zod';

export const compositeSubresponseSchema = z.looseObject({
  body: z.unknown(),
  httpHeaders: z.record(z.string(), z.string()),
  httpStatusCode: z.number().int(),
  referenceId: z.string(),
});

export const compositeResponseSchema = z.looseObject({
  compositeResponse: z.array(compositeSubresponseSchema),
});

export type CompositeSubresponse = z.infer<typeof compositeSubresponseSchema>;
