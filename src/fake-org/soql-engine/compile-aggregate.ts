import type { FieldFunctionExpression } from '@jetstreamapp/soql-parser-js';
import type { SObjectDescribe } from '../metadata/describe-types';
import type { AggregateColumn } from './aggregate';
import type { CompileSite } from './compile-select';
import { resolvePath } from './field-paths';
import { notSupported } from './soql-errors';

const FUNCTIONS = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

/** COUNT(Id), SUM(Amount) …: keyed by its alias, else expr0, expr1 … counting unaliased ones. */
export function compileAggregate(
  site: CompileSite,
  describe: SObjectDescribe,
  field: FieldFunctionExpression,
  offset: number,
  previous: AggregateColumn[],
  alias?: string,
): AggregateColumn {
  const fn = field.functionName.toUpperCase();
  const parameter = field.parameters[0];
  if (!FUNCTIONS.has(fn)) throw notSupported(site.ctx, `${fn}()`);
  if (typeof parameter !== 'string' || field.parameters.length !== 1) throw notSupported(site.ctx, `${fn}() of an expression`);
  const path = resolvePath(site.ctx, describe, parameter, site.locator.find(parameter, offset), alias);
  const unaliased = previous.filter((column) => column.kind === 'aggregate' && !column.aliased).length;
  return {
    kind: 'aggregate', key: field.alias ?? `expr${unaliased}`, fn, path,
    raw: field.rawValue ?? `${fn}(${parameter})`, aliased: field.alias !== undefined,
  };
}
