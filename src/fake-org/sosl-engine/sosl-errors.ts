import { ApiFault } from '../api-fault';
import { caretMessage } from '../soql-engine/source-locator';

// The errors /search and /parameterizedSearch answer with.

export const NO_SEARCH_TERM = 'No search term found. The search term must be enclosed in braces.';

export function malformedSearch(message: string): ApiFault {
  return new ApiFault(400, 'MALFORMED_SEARCH', message);
}

/** A syntax error at `offset` of the statement, pointed at like Salesforce does for SOQL. */
export function unexpectedToken(source: string, offset: number, token: string): ApiFault {
  const message = `unexpected token: '${token || '<EOF>'}'`;
  return malformedSearch(offset === 0 ? message : caretMessage(source, offset, message));
}

export function termTooShort(term: string): ApiFault {
  return new ApiFault(400, 'INVALID_SEARCH', `search term must be longer than one character: ${term}`);
}
