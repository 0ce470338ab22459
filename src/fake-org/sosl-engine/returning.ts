import type { SObjectDescribe } from '../metadata/describe-types';
import { compileSelect } from '../soql-engine/compile-select';
import { parseEmbeddedSoql } from '../soql-engine/parse-soql';
import type { SelectPlan } from '../soql-engine/plan';
import { unsupportedObject } from '../soql-engine/soql-errors';
import type { SourceLocator } from '../soql-engine/source-locator';
import type { QueryContext } from '../soql-engine/types';
import { searchFields, type SearchField, type SearchGroup } from './search-fields';
import type { ReturningSpec } from './sosl-statement';

// A RETURNING clause is a small query: `Contact(Id, Name WHERE … ORDER BY … LIMIT n)` is evaluated
// as `SELECT Id, Name FROM Contact WHERE … ORDER BY … LIMIT n` over the records the term matched,
// so fields, conditions and their errors behave exactly as in SOQL.

export interface CompiledSpec {
  ctx: QueryContext;
  describe: SObjectDescribe;
  plan: SelectPlan;
  fields: SearchField[];
}

const CLAUSE = /\b(?:WHERE|ORDER\s+BY|LIMIT|OFFSET|USING)\b/i;

/** Where the field list of a RETURNING body ends: at its first clause keyword outside quotes. */
function fieldListEnd(body: string): number {
  const masked = body.replace(/'(?:[^'\\]|\\.)*'/g, (literal) => ' '.repeat(literal.length));
  const match = CLAUSE.exec(masked);
  return match ? match.index : body.length;
}

function embeddedQuery(spec: ReturningSpec, name: string): { soql: string; toSource: (offset: number) => number } {
  if (!spec.body) return { soql: `SELECT Id FROM ${name}`, toSource: () => spec.objectOffset };
  const { text, open } = spec.body;
  const split = fieldListEnd(text);
  const head = `SELECT ${text.slice(0, split)}`;
  const middle = ` FROM ${name} `;
  const toSource = (offset: number) => {
    if (offset < 'SELECT '.length) return open + 1;
    if (offset < head.length) return open + 1 + offset - 'SELECT '.length;
    if (offset < head.length + middle.length) return spec.objectOffset;
    return open + 1 + split + offset - head.length - middle.length;
  };
  return { soql: head + middle + text.slice(split), toSource };
}

export function compileReturning(ctx: QueryContext, locator: SourceLocator, spec: ReturningSpec, group: SearchGroup): CompiledSpec {
  const describe = ctx.org.metadata.describe(spec.object);
  if (!describe || describe.searchable === false) throw unsupportedObject(ctx, spec.objectOffset, spec.object);
  const { soql, toSource } = embeddedQuery(spec, describe.name);
  const query = parseEmbeddedSoql(soql, ctx.source, toSource);
  const plan = compileSelect({ ctx, locator }, query, describe, spec.body?.open ?? spec.objectOffset);
  return { ctx, describe, plan, fields: searchFields(describe, group) };
}
