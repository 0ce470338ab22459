import { z } from 'zod';

// SOAP convertLead result as jsforce decodes it: nil ids become null, `errors` is always an array.
export const soapErrorSchema = z.looseObject({
  statusCode: z.string(),
  message: z.string(),
  fields: z.union([z.array(z.string()), z.string()]).nullable().optional(),
});

export const leadConvertResultSchema = z.looseObject({
  accountId: z.string().nullable().optional(),
  contactId: z.string().nullable().optional(),
  leadId: z.string().nullable().optional(),
  opportunityId: z.string().nullable().optional(),
  success: z.boolean(),
  errors: z.array(soapErrorSchema),
});

export type LeadConvertResultBody = z.infer<typeof leadConvertResultSchema>;
