import { z } from 'zod';
import { ApiFault } from '../api-fault';
import type { FakeOrg } from '../org';
import { compileSelect } from '../soql-engine/compile-select';
import { parseEmbeddedSoql } from '../soql-engine/parse-soql';
import { SourceLocator } from '../soql-engine/source-locator';
import type { QueryContext, WireRecord } from '../soql-engine/types';
import type { CompiledSpec } from './returning';
import { SEARCH_GROUPS, searchFields, type SearchGroup } from './search-fields';
import { searchRecords } from './search-run';
import { parseSearchTerm } from './search-term';
import { malformedSearch } from './sosl-errors';
import { termMatcher } from './term-matcher';

// POST (and GET) /parameterizedSearch: the same search as SOSL, with the RETURNING parts given as
// JSON. Salesforce documents the limits as strings, so numeric strings are accepted too.

const limit = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]).optional();

const SearchBody = z.object({
  q: z.string().optional(),
  in: z.string().optional(),
  fields: z.array(z.string()).optional(),
  sobjects: z.array(z.object({ name: z.string(), fields: z.array(z.string()).optional(), where: z.string().optional(), limit })).optional(),
  overallLimit: limit,
  defaultLimit: limit,
});

type SearchBody = z.infer<typeof SearchBody>;
type SearchObject = NonNullable<SearchBody['sobjects']>[number];

function groupOf(value: string | undefined): SearchGroup {
  const group = (value ?? 'ALL').toUpperCase() as SearchGroup;
  if (!SEARCH_GROUPS.includes(group)) throw malformedSearch(`Invalid search scope: ${value ?? ''}`);
  return group;
}

function compileObject(org: FakeOrg, apiVersion: string, body: SearchBody, object: SearchObject, group: SearchGroup): CompiledSpec {
  const describe = org.metadata.describe(object.name);
  if (!describe || describe.searchable === false) throw new ApiFault(400, 'INVALID_TYPE', `sObject type '${object.name}' is not supported.`);
  const fields = object.fields ?? body.fields ?? ['Id'];
  const max = object.limit ?? body.defaultLimit;
  const soql = [`SELECT ${fields.join(', ')} FROM ${describe.name}`, object.where && `WHERE ${object.where}`, max !== undefined && `LIMIT ${max}`]
    .filter(Boolean)
    .join(' ');
  const ctx: QueryContext = { org, apiVersion, source: soql, malformedCode: 'MALFORMED_SEARCH' };
  const plan = compileSelect({ ctx, locator: new SourceLocator(soql) }, parseEmbeddedSoql(soql, soql, (offset) => offset), describe, 0);
  return { ctx, describe, plan, fields: searchFields(describe, group) };
}

export function executeParameterizedSearch(org: FakeOrg, body: unknown, apiVersion: string): { searchRecords: WireRecord[] } {
  const parsed = SearchBody.safeParse(body ?? {});
  if (!parsed.success) throw new ApiFault(400, 'JSON_PARSER_ERROR', parsed.error.issues.map((issue) => issue.message).join('; '));
  const request = parsed.data;
  const term = request.q ?? '';
  const matches = termMatcher(parseSearchTerm(term), term);
  const group = groupOf(request.in);
  const objects = request.sobjects ?? org.metadata.all().filter((describe) => describe.searchable).map((describe) => ({ name: describe.name }));
  const specs = objects.map((object) => compileObject(org, apiVersion, request, object, group));
  return { searchRecords: searchRecords(specs, matches, request.overallLimit) };
}
