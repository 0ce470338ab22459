import type { ConvertLeadInput, SalesforceError } from '../../salesforce';
import { matchStrength, type SuggestionHint } from './account-suggestions';
import type { ConvertLeadData } from './convert-lead-data';
import type { LookupOption } from '../../ui';

/** 'new', 'other' (the account search) or a suggested Account's id. */
export type AccountChoice = string;
export const NEW_ACCOUNT = 'new';
export const OTHER_ACCOUNT = 'other';

export interface ConvertForm {
  readonly status: string;
  readonly account: AccountChoice;
  readonly otherAccount: LookupOption | undefined;
  readonly skipOpportunity: boolean;
  readonly opportunityName: string;
  readonly owner: LookupOption | undefined;
}

export type ConvertFormErrors = Partial<Record<'status' | 'account' | 'opportunityName' | 'owner', string>>;

// Opportunity.Name's length in every org.
const OPPORTUNITY_NAME_LENGTH = 120;

/**
 * Salesforce's own defaults: the default converted status, the Opportunity named "<Company>-" for the agent to
 * finish, the Lead's owner. An Account that is surely the company (same name or domain) is preselected, since
 * converting into a duplicate Account is the mistake that is hard to undo.
 */
export function initialForm({ lead, statuses, suggestions }: ConvertLeadData): ConvertForm {
  const status = statuses.find((candidate) => candidate.isDefault) ?? statuses[0];
  const hint: SuggestionHint = { company: lead.company, email: lead.email, website: lead.website };
  const sure = suggestions.find((account) => matchStrength(account, hint) === 2);
  return {
    status: status?.label ?? '',
    account: sure?.id ?? NEW_ACCOUNT,
    otherAccount: undefined,
    skipOpportunity: false,
    opportunityName: `${lead.company}-`,
    owner: lead.owner,
  };
}

export function checkForm(form: ConvertForm): ConvertFormErrors {
  const errors: ConvertFormErrors = {};
  if (!form.status) errors.status = 'Choose a converted status.';
  if (form.account === OTHER_ACCOUNT && !form.otherAccount) errors.account = 'Search for an account, or create a new one.';
  const opportunityName = form.opportunityName.trim();
  if (!form.skipOpportunity && opportunityName === '') errors.opportunityName = 'Enter a name for the opportunity.';
  if (!form.skipOpportunity && opportunityName.length > OPPORTUNITY_NAME_LENGTH) {
    errors.opportunityName = `Use at most ${OPPORTUNITY_NAME_LENGTH} characters (now ${opportunityName.length}).`;
  }
  return errors;
}

function chosenAccountId(form: ConvertForm): string | undefined {
  if (form.account === NEW_ACCOUNT) return undefined;
  if (form.account === OTHER_ACCOUNT) return form.otherAccount?.id;
  return form.account;
}

export function toConvertInput(leadId: string, form: ConvertForm): ConvertLeadInput {
  const accountId = chosenAccountId(form);
  return {
    leadId,
    convertedStatus: form.status,
    ...(accountId && { accountId }),
    doNotCreateOpportunity: form.skipOpportunity,
    ...(!form.skipOpportunity && { opportunityName: form.opportunityName.trim() }),
    ...(form.owner && { ownerId: form.owner.id }),
  };
}

/** Salesforce names the field it refused; show the message on it, next to what the agent typed. */
export function serverFieldErrors(error: SalesforceError): ConvertFormErrors {
  const fields = error.fields.map((field) => field.toLowerCase());
  const errors: ConvertFormErrors = {};
  if (fields.includes('ownerid')) errors.owner = error.userMessage;
  if (fields.includes('opportunityname')) errors.opportunityName = error.userMessage;
  if (fields.includes('accountid')) errors.account = error.userMessage;
  if (fields.includes('convertedstatus')) errors.status = error.userMessage;
  return errors;
}
