import { SalesforceError } from './errors';
import { assertName, QueryBuildError } from './soql';

// Object names and record ids are spliced into URL paths; only well-formed ones may get there, so a
// crafted value can never reach a different resource ('Contact/../../limits').
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export function objectPath(sobject: string): string {
  try {
    return `/sobjects/${assertName(sobject)}`;
  } catch {
    throw new SalesforceError({ code: 'INVALID_REQUEST', serverMessage: `Not a valid object name: ${JSON.stringify(sobject)}` });
  }
}

export function assertRecordId(id: string): string {
  if (!RECORD_ID.test(id)) {
    throw new SalesforceError({ code: 'INVALID_REQUEST', serverMessage: `Not a valid record id: ${JSON.stringify(id)}` });
  }
  return id;
}

export function recordPath(sobject: string, id: string): string {
  return `${objectPath(sobject)}/${assertRecordId(id)}`;
}

export function fieldNames(fields: readonly string[]): string[] {
  return fields.map((field) => {
    try {
      return assertName(field);
    } catch {
      throw new SalesforceError({ code: 'INVALID_REQUEST', serverMessage: `Not a valid field name: ${JSON.stringify(field)}` });
    }
  });
}

/** The text of a SOQL/SOSL query from the builder; a query the builder refuses is the caller's INVALID_REQUEST. */
export function queryText(query: { toString(): string }): string {
  try {
    return query.toString();
  } catch (error) {
    if (error instanceof QueryBuildError) throw new SalesforceError({ code: 'INVALID_REQUEST', serverMessage: error.message });
    throw error;
  }
}
