import { SalesforceError } from './errors';

export type ObjectAction = 'create' | 'edit';

/** "Support_Plan__c" -> "Support Plan": readable without a describe at hand. */
function objectName(sobject: string): string {
  return sobject.replace(/__c$/, '').replace(/^\w+__/, '').replace(/_/g, ' ');
}

/**
 * A save refused for lack of access says which object the agent can't create or edit, so they can ask their
 * admin for exactly that (a generic "no permission" sends them guessing).
 */
export async function withObjectAccess<T>(sobject: string, action: ObjectAction, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (!(error instanceof SalesforceError) || error.code !== 'INSUFFICIENT_ACCESS_OR_READONLY' || error.constructor !== SalesforceError) throw error;
    throw new SalesforceError({
      code: error.code,
      status: error.status,
      fields: error.fields,
      serverCode: error.serverCode,
      serverMessage: error.serverMessage,
      userMessage: `You don't have permission to ${action} ${objectName(sobject)} records in Salesforce.`,
    });
  }
}
