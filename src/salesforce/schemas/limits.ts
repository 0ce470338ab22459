import { z } from 'zod';

// GET /limits: { DailyApiRequests: { Max, Remaining, <per-app entries…> }, … }.
export const limitSchema = z.looseObject({
  Max: z.number(),
  Remaining: z.number(),
});

export const limitsSchema = z.record(z.string(), limitSchema);

export type OrgLimit = z.infer<typeof limitSchema>;
export type OrgLimits = z.infer<typeof limitsSchema>;
