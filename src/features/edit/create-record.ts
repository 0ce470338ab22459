import { DuplicatesError, type SalesforceClient, type SObjectDescribe } from '../../salesforce';
import { nameMatches } from './duplicate-matches';
import { findExistingPeople, PERSON_OBJECTS, typedDetails, type ExistingRecord } from './existing-people';

export interface CreateRequest {
  readonly sobject: string;
  readonly values: Readonly<Record<string, unknown>>;
  /** The user saw the possible duplicates and chose "Create anyway". */
  readonly allowDuplicates: boolean;
}

export type CreateOutcome =
  | { readonly kind: 'created'; readonly id: string }
  /** Records that may be the same: the user chooses to open one or create anyway (when `allowSave`). */
  | { readonly kind: 'duplicates'; readonly matches: readonly ExistingRecord[]; readonly allowSave: boolean };

export const isPersonObject = (sobject: string) => (PERSON_OBJECTS as readonly string[]).includes(sobject);

/**
 * Creates the record. A Contact or Lead is first compared with the people Salesforce already has (same email
 * or phone), and a duplicate rule's refusal offers the same choice, with the matches named.
 */
export async function createRecord(
  client: SalesforceClient,
  request: CreateRequest,
  describe: SObjectDescribe,
  personDescribes: readonly SObjectDescribe[],
): Promise<CreateOutcome> {
  const typed = typedDetails(describe, request.values);
  if (isPersonObject(request.sobject) && !request.allowDuplicates) {
    const matches = await findExistingPeople(client, personDescribes, typed);
    if (matches.length > 0) return { kind: 'duplicates', matches, allowSave: true };
  }
  try {
    const { id } = await client.create(request.sobject, request.values, { allowDuplicates: request.allowDuplicates });
    return { kind: 'created', id };
  } catch (error) {
    if (!(error instanceof DuplicatesError)) throw error;
    const matches = await nameMatches(client, error.matches, [describe, ...personDescribes], typed);
    return { kind: 'duplicates', matches, allowSave: error.allowSave };
  }
}
