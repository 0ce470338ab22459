import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import {
  assertNotConverted,
  ConvertError,
  convertedStatusValue,
  newRecordOwner,
  requireRecord,
} from './convert-lead-checks';
import { addPrimaryContactRole, transferLeadChildren } from './convert-lead-followups';
import { accountFromLead, contactFromLead, leadName, mergeIntoExisting, opportunityFromLead } from './convert-lead-mapping';
import { endOfQuarter, firstOpenStage } from './convert-lead-opportunity';
import type { LeadConvertRequest } from './lead-convert-request';

export interface LeadConvertResult {
  accountId: string | null;
  contactId: string | null;
  leadId: string | null;
  opportunityId: string | null;
  success: boolean;
  errors: Array<{ statusCode: string; message: string; fields: string[] }>;
}

interface Plan {
  lead: StoredRecord;
  status: string;
  account: StoredRecord | undefined;
  contact: StoredRecord | undefined;
  opportunity: StoredRecord | undefined;
  ownerId: string;
}

// Every check runs before the first write, so a lead that fails leaves the org untouched.
function plan(org: FakeOrg, request: LeadConvertRequest, userId: string): Plan {
  if (!request.leadId) throw new ConvertError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [leadId]', ['leadId']);
  const lead = requireRecord(org, request.leadId, 'Lead');
  assertNotConverted(org, lead);
  const status = convertedStatusValue(org, request.convertedStatus);
  if (request.doNotCreateOpportunity && (request.opportunityName || request.opportunityId)) {
    throw new ConvertError(
      'INVALID_FIELD',
      "One or more leads couldn't be converted. If doNotCreateOpportunity is true, opportunityName and opportunityId must be null.",
      ['Id'],
    );
  }
  if (request.contactId && !request.accountId) {
    throw new ConvertError('INVALID_FIELD', 'accountId must be specified if contactId is not null');
  }
  const account = request.accountId ? requireRecord(org, request.accountId, 'Account') : undefined;
  const contact = request.contactId ? requireRecord(org, request.contactId, 'Contact') : undefined;
  if (contact && account && contact.AccountId !== account.Id) {
    throw new ConvertError('INVALID_FIELD', 'contactId must be the ID of a contact associated with accountId');
  }
  const opportunity = request.opportunityId ? requireRecord(org, request.opportunityId, 'Opportunity') : undefined;
  if (opportunity && account && opportunity.AccountId !== account.Id) {
    throw new ConvertError('INVALID_FIELD', 'opportunityId must be the ID of an opportunity associated with accountId');
  }
  return { lead, status, account, contact, opportunity, ownerId: newRecordOwner(org, request.ownerId, lead, userId) };
}

function create(org: FakeOrg, sobject: string, fields: Record<string, unknown>, userId: string): string {
  return org.insertTrusted(sobject, fields, userId).Id;
}

function merge(org: FakeOrg, existing: StoredRecord, values: Record<string, unknown>, userId: string, forced: string[] = []): string {
  const changes = mergeIntoExisting(existing, values, forced);
  if (Object.keys(changes).length > 0) org.updateTrusted(existing.Id, changes, userId);
  return existing.Id;
}

function convertOne(org: FakeOrg, request: LeadConvertRequest, userId: string): LeadConvertResult {
  const { lead, status, account, contact, opportunity, ownerId } = plan(org, request, userId);

  const accountValues = accountFromLead(org, lead);
  const accountId = account
    ? merge(org, account, accountValues, userId)
    : create(org, 'Account', { ...accountValues, OwnerId: ownerId }, userId);

  const contactValues = { ...contactFromLead(org, lead), AccountId: accountId };
  const contactId = contact
    ? merge(org, contact, contactValues, userId, request.overwriteLeadSource ? ['LeadSource'] : [])
    : create(org, 'Contact', { ...contactValues, OwnerId: ownerId }, userId);

  let opportunityId: string | null = null;
  if (opportunity) {
    opportunityId = merge(org, opportunity, { ...opportunityFromLead(org, lead), AccountId: accountId }, userId);
  } else if (!request.doNotCreateOpportunity) {
    const company = typeof lead.Company === 'string' && lead.Company !== '' ? lead.Company : leadName(lead);
    opportunityId = create(org, 'Opportunity', {
      ...opportunityFromLead(org, lead),
      Name: request.opportunityName ?? company,
      StageName: firstOpenStage(org),
      CloseDate: endOfQuarter(org.now()),
      AccountId: accountId,
      OwnerId: ownerId,
    }, userId);
    addPrimaryContactRole(org, opportunityId, contactId, userId);
  }

  transferLeadChildren(org, lead.Id, { contactId, whatId: opportunityId ?? accountId }, userId);
  org.updateTrusted(lead.Id, {
    IsConverted: true,
    Status: status,
    ConvertedAccountId: accountId,
    ConvertedContactId: contactId,
    ConvertedOpportunityId: opportunityId,
    ConvertedDate: org.now().toISOString().slice(0, 10),
  }, userId);
  return { accountId, contactId, leadId: lead.Id, opportunityId, success: true, errors: [] };
}

/**
 * Salesforce's convertLead(): each lead converts or fails on its own, and the results come back in
 * request order. sendNotificationEmail is accepted but sends nothing (the fake org has no mail).
 */
export function convertLeads(org: FakeOrg, requests: LeadConvertRequest[], userId: string): LeadConvertResult[] {
  return requests.map((request) => {
    try {
      return convertOne(org, request, userId);
    } catch (error) {
      if (!(error instanceof ConvertError)) throw error;
      return {
        accountId: null,
        contactId: null,
        leadId: null,
        opportunityId: null,
        success: false,
        errors: [{ statusCode: error.statusCode, message: error.message, fields: error.fields }],
      };
    }
  });
}
