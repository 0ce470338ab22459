// One <leadConverts> element of a convertLead call, read from the parsed XML. Absent, empty and
// xsi:nil elements all mean "not given", as they do to Salesforce.
export interface LeadConvertRequest {
  leadId: string | undefined;
  convertedStatus: string | undefined;
  accountId: string | undefined;
  contactId: string | undefined;
  opportunityId: string | undefined;
  opportunityName: string | undefined;
  ownerId: string | undefined;
  doNotCreateOpportunity: boolean;
  overwriteLeadSource: boolean;
  sendNotificationEmail: boolean;
}

function text(node: Record<string, unknown>, name: string): string | undefined {
  const value = node[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function flag(node: Record<string, unknown>, name: string): boolean {
  return text(node, name)?.toLowerCase() === 'true';
}

export function readLeadConverts(payload: Record<string, unknown>): LeadConvertRequest[] {
  const items = Array.isArray(payload.leadConverts) ? (payload.leadConverts as unknown[]) : [];
  return items.map((item) => {
    const node = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    return {
      leadId: text(node, 'leadId'),
      convertedStatus: text(node, 'convertedStatus'),
      accountId: text(node, 'accountId'),
      contactId: text(node, 'contactId'),
      opportunityId: text(node, 'opportunityId'),
      opportunityName: text(node, 'opportunityName'),
      ownerId: text(node, 'ownerId'),
      doNotCreateOpportunity: flag(node, 'doNotCreateOpportunity'),
      overwriteLeadSource: flag(node, 'overwriteLeadSource'),
      sendNotificationEmail: flag(node, 'sendNotificationEmail'),
    };
  });
}
