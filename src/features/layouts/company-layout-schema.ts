import { z } from 'zod';
import type { CompanyLayouts } from './layout-types';

/** Bumped only when an older sidebar could no longer read the file correctly. */
export const COMPANY_LAYOUT_FORMAT = 1;

// Anyone the file is shared with as Collaborator can upload a version, so its content is as untrusted as any
// other input: names must look like API names (Account, acme__Widget__c, Owner.Name) before they reach a query.
const apiName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/);
const fieldPath = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/);

const companyLayoutFileSchema = z.object({
  format: z.literal(COMPANY_LAYOUT_FORMAT),
  objects: z.record(apiName, z.array(fieldPath)),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
});

/** The file's text: indented, since admins may open it in Salesforce Files to see what it holds. */
export function serializeCompanyLayouts(layouts: CompanyLayouts): string {
  const file: z.input<typeof companyLayoutFileSchema> = {
    format: COMPANY_LAYOUT_FORMAT,
    objects: Object.fromEntries(Object.entries(layouts.objects).map(([sobject, fields]) => [sobject, [...fields]])),
    ...(layouts.updatedAt !== undefined && { updatedAt: layouts.updatedAt }),
    ...(layouts.updatedBy !== undefined && { updatedBy: layouts.updatedBy }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The layouts a file holds, or undefined when it holds none this sidebar can trust (not JSON, a newer format,
 * edited by hand into something else): cards then fall back to the default fields instead of failing.
 */
export function parseCompanyLayoutFile(text: string): CompanyLayouts | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    console.warn('The company layout file is not JSON; using the default fields.');
    return undefined;
  }
  const parsed = companyLayoutFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.warn(`The company layout file is not in a format this sidebar reads (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}); using the default fields.`);
    return undefined;
  }
  const { objects, updatedAt, updatedBy } = parsed.data;
  return { objects, ...(updatedAt !== undefined && { updatedAt }), ...(updatedBy !== undefined && { updatedBy }) };
}
