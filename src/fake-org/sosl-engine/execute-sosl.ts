import type { FakeOrg } from '../org';
import { SourceLocator } from '../soql-engine/source-locator';
import type { QueryContext, WireRecord } from '../soql-engine/types';
import { compileReturning, type CompiledSpec } from './returning';
import type { SearchGroup } from './search-fields';
import { searchRecords } from './search-run';
import { parseSearchTerm } from './search-term';
import { parseSosl, type ReturningSpec } from './sosl-statement';
import { termMatcher } from './term-matcher';

/** Without RETURNING, Salesforce searches every searchable object and returns only Ids. */
function everyObject(org: FakeOrg): ReturningSpec[] {
  return org.metadata.all().filter((describe) => describe.searchable).map((describe) => ({ object: describe.name, objectOffset: 0 }));
}

/**
 * Runs a SOSL statement as Salesforce's /search resource would: `{ searchRecords }` in RETURNING
 * order, each record in the query wire shape. Errors are ApiFaults (MALFORMED_SEARCH, INVALID_SEARCH,
 * and SOQL's INVALID_FIELD / INVALID_TYPE for RETURNING clauses).
 */
export function executeSosl(org: FakeOrg, sosl: string, apiVersion: string): { searchRecords: WireRecord[] } {
  const statement = parseSosl(sosl);
  const matches = termMatcher(parseSearchTerm(statement.term), statement.term);
  const ctx: QueryContext = { org, apiVersion, source: sosl, malformedCode: 'MALFORMED_SEARCH' };
  // The term may hold quotes and parentheses of its own; hide it so clause positions are found reliably.
  const [start, end] = statement.termSpan;
  const locator = new SourceLocator(sosl.slice(0, start) + ' '.repeat(end - start) + sosl.slice(end));
  const group: SearchGroup = statement.group;
  const specs: CompiledSpec[] = (statement.returning ?? everyObject(org)).map((spec) => compileReturning(ctx, locator, spec, group));
  return { searchRecords: searchRecords(specs, matches, statement.limit) };
}
