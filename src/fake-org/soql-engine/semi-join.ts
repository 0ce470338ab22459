import type { Query } from '@jetstreamapp/soql-parser-js';
import type { SObjectDescribe } from '../metadata/describe-types';
import { asText, idKey, kindOf } from './compare';
import type { CompileSite } from './compile-select';
import { readPath } from './field-paths';
import type { SelectPlan } from './plan';
import { selectRecords } from './run-select';
import { malformed, unsupportedObject } from './soql-errors';

type Compile = (site: CompileSite, query: Query, describe: SObjectDescribe, start: number) => SelectPlan;

/**
 * `Id IN (SELECT WhoId FROM Task WHERE …)`: compiles the inner query now (so its errors surface with
 * the outer query's) and evaluates it once, on first use, into the set of ID keys it selects.
 */
export function semiJoinKeys(site: CompileSite, inner: Query, start: number, compile: Compile): () => Set<string> {
  const { ctx, locator } = site;
  const level = locator.levelOf(start);
  const name = inner.sObject ?? '';
  const describe = ctx.org.metadata.describe(name);
  // An object the user may not query is as unknown inside a semi-join as at the top (INVALID_TYPE).
  if (!describe || describe.queryable === false) throw unsupportedObject(ctx, locator.find(name, locator.find('FROM', start, level), level), name);
  const plan = compile(site, inner, describe, start);
  const selected = plan.items[0];
  if (plan.items.length !== 1 || selected?.kind !== 'field' || kindOf(selected.path.type) !== 'id') {
    throw malformed(ctx, start, 'The selected field in a semi join subquery must be an Id or a reference field');
  }
  let keys: Set<string> | undefined;
  return () => {
    keys ??= new Set(
      selectRecords(plan, ctx.org.records.all(describe.name))
        .map((record) => readPath(ctx.org, record, selected.path))
        .filter((value) => value !== null)
        .map((value) => idKey(asText(value))),
    );
    return keys;
  };
}
