import { c, compositeQuery, soql, type DuplicateMatch, type SalesforceClient, type SObjectDescribe } from '../../salesforce';
import { identifyingFields, sameAs, type ExistingRecord, type TypedContactDetails } from './existing-people';
import { recordName } from './record-name';

// A composite holds at most five queries; a duplicate rule rarely spans more than one object.
const MAX_OBJECTS = 5;

/**
 * Names the records a duplicate rule matched (Salesforce sends only their ids), in one API call, so the user
 * can tell whether it is the same person. If that fails they are still offered, by object.
 */
export async function nameMatches(
  client: SalesforceClient,
  matches: readonly DuplicateMatch[],
  describes: readonly SObjectDescribe[],
  typed: TypedContactDetails,
): Promise<ExistingRecord[]> {
  const unnamed = matches.map((match) => ({ sobject: match.sobject, id: match.id }));
  const bySObject = [...new Set(matches.map((match) => match.sobject))].slice(0, MAX_OBJECTS);
  if (bySObject.length === 0) return [];
  const planned = bySObject.map((sobject, index) => {
    const describe = describes.find((item) => item.name === sobject);
    const ids = matches.filter((match) => match.sobject === sobject).map((match) => match.id);
    const query = soql.select(describe ? identifyingFields(describe) : ['Id', 'Name']).from(sobject).where(c.in('Id', ids));
    return { sobject, describe, request: compositeQuery(`matches${index}`, query) };
  });
  try {
    const results = await client.composite(planned.map(({ request }) => request));
    const named = planned.flatMap(({ sobject, describe }, index) => {
      const result = results[index];
      if (!result?.ok) return [];
      return result.body.records.map((record) => ({
        sobject,
        id: String(record.Id),
        name: describe ? recordName(describe, record) : String(record.Name ?? record.Id),
        sameAs: describe && sameAs(describe, record, typed),
      }));
    });
    return named.length > 0 ? named : unnamed;
  } catch {
    return unnamed;
  }
}
