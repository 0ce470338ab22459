import type { Connection } from 'jsforce/core';
import { assertRecordId } from '../api-path';
import { fromServerError, toSalesforceError } from '../error-mapping';
import { parseResponse } from '../parse-response';
import { leadConvertResultSchema } from '../schemas/convert-lead';

export interface ConvertLeadInput {
  leadId: string;
  /** A LeadStatus MasterLabel with IsConverted = true. */
  convertedStatus: string;
  /** Merge into this Account instead of creating one from the Lead's Company. */
  accountId?: string;
  /** Merge into this Contact (requires accountId) instead of creating one. */
  contactId?: string;
  /** Skip the Opportunity; defaults to true unless an opportunityName is given. */
  doNotCreateOpportunity?: boolean;
  opportunityName?: string;
  ownerId?: string;
  overwriteLeadSource?: boolean;
  sendNotificationEmail?: boolean;
}

export interface ConvertLeadResult {
  leadId: string;
  accountId: string;
  contactId: string;
  opportunityId: string | null;
}

// The partner WSDL declares LeadConvert as an xsd:sequence, and Salesforce rejects elements out of order;
// jsforce serialises keys in insertion order, so the message is built in WSDL order.
function leadConvertMessage(input: ConvertLeadInput): Record<string, string | boolean> {
  return {
    ...(input.accountId && { accountId: assertRecordId(input.accountId) }),
    ...(input.contactId && { contactId: assertRecordId(input.contactId) }),
    convertedStatus: input.convertedStatus,
    doNotCreateOpportunity: input.doNotCreateOpportunity ?? !input.opportunityName,
    leadId: assertRecordId(input.leadId),
    ...(input.opportunityName && { opportunityName: input.opportunityName }),
    overwriteLeadSource: input.overwriteLeadSource ?? false,
    ...(input.ownerId && { ownerId: assertRecordId(input.ownerId) }),
    sendNotificationEmail: input.sendNotificationEmail ?? false,
  };
}

/**
 * Converts a Lead through the SOAP API (there is no standard REST equivalent). The SOAP module is loaded on
 * first use so it stays out of the main bundle.
 */
export async function convertLead(conn: Connection, input: ConvertLeadInput): Promise<ConvertLeadResult> {
  const message = leadConvertMessage(input);
  // jsforce attaches `conn.soap` only to connections created after the module loads, so build the API object
  // for this existing connection directly.
  const { SoapApi } = await import('jsforce/api/soap');
  let raw: unknown;
  try {
    raw = await new SoapApi(conn).convertLead(message);
  } catch (error) {
    throw toSalesforceError(error);
  }
  const result = parseResponse(leadConvertResultSchema, raw, 'convertLead');
  const [error] = result.errors;
  if (!result.success || !result.accountId || !result.contactId || !result.leadId) {
    const fields = typeof error?.fields === 'string' ? [error.fields] : (error?.fields ?? []);
    throw fromServerError({ errorCode: error?.statusCode ?? 'UNKNOWN_EXCEPTION', message: error?.message, fields });
  }
  return {
    leadId: result.leadId,
    accountId: result.accountId,
    contactId: result.contactId,
    opportunityId: result.opportunityId ?? null,
  };
}
