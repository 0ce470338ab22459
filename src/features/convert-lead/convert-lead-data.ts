import { z } from 'zod';
import { c, soql } from '../../salesforce';
import type { AccountOption } from './account-suggestions';

const text = z.string().nullish();
const named = z.object({ Name: text }).nullish();

export const leadSchema = z
  .looseObject({
    Id: z.string(),
    Name: text,
    Company: text,
    Email: text,
    Website: text,
    OwnerId: text,
    Owner: named,
    IsConverted: z.boolean(),
    ConvertedDate: text,
    ConvertedContact: named,
    ConvertedAccount: named,
  })
  .transform((lead) => ({
    id: lead.Id,
    name: lead.Name ?? '',
    company: lead.Company ?? '',
    email: lead.Email ?? null,
    website: lead.Website ?? null,
    // A queue (00G…) can own a Lead but not the Account, Contact or Opportunity it becomes.
    owner: lead.OwnerId?.startsWith('005') ? { id: lead.OwnerId, name: lead.Owner?.Name ?? '' } : undefined,
    converted: lead.IsConverted
      ? { date: lead.ConvertedDate ?? null, contactName: lead.ConvertedContact?.Name ?? null, accountName: lead.ConvertedAccount?.Name ?? null }
      : undefined,
  }));

export type LeadToConvert = z.output<typeof leadSchema>;

export const convertedStatusSchema = z
  .looseObject({ MasterLabel: z.string(), IsDefault: z.boolean().nullish() })
  .transform((status) => ({ label: status.MasterLabel, isDefault: status.IsDefault === true }));

export type ConvertedStatus = z.output<typeof convertedStatusSchema>;

export const accountOptionSchema = z
  .looseObject({ Id: z.string(), Name: z.string(), Website: text, BillingCity: text })
  .transform((account): AccountOption => ({ id: account.Id, name: account.Name, website: account.Website, city: account.BillingCity }));

export function leadQuery(leadId: string) {
  return soql
    .select([
      'Id', 'Name', 'Company', 'Email', 'Website', 'OwnerId', 'Owner.Name', 'IsConverted', 'ConvertedDate',
      'ConvertedContact.Name', 'ConvertedAccount.Name',
    ])
    .from('Lead')
    .where(c.eq('Id', leadId));
}

export const CONVERTED_STATUSES_QUERY = soql
  .select(['MasterLabel', 'IsDefault'])
  .from('LeadStatus')
  .where(c.eq('IsConverted', true))
  .orderBy('SortOrder');

/** Everything the convert screen needs, loaded together. */
export interface ConvertLeadData {
  readonly lead: LeadToConvert;
  readonly statuses: readonly ConvertedStatus[];
  readonly suggestions: readonly AccountOption[];
}
