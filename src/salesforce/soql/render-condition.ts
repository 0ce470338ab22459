import type { Condition, LikePattern } from './conditions';
import { QueryBuildError } from './errors';
import { assertFieldPath, escapeSoqlLikeText } from './escape';
import { formatValue } from './literals';

const OPERATORS = new Set(['=', '!=', '<', '<=', '>', '>=']);

function renderLikePattern(pattern: LikePattern): string {
  const body = pattern.segments
    .map((segment) => {
      if ('text' in segment) return escapeSoqlLikeText(segment.text);
      if (segment.wildcard === '%' || segment.wildcard === '_') return segment.wildcard;
      throw new QueryBuildError('INVALID_VALUE', `Not a LIKE wildcard: ${JSON.stringify(segment)}`);
    })
    .join('');
  return `'${body}'`;
}

// SOQL rejects AND and OR mixed without parentheses, so every compound operand is parenthesised.
function renderOperand(condition: Condition): string {
  const text = renderCondition(condition);
  return condition.kind === 'and' || condition.kind === 'or' || condition.kind === 'not' ? `(${text})` : text;
}

/** The SOQL text of a condition, as it appears after WHERE. */
export function renderCondition(condition: Condition): string {
  switch (condition.kind) {
    case 'compare':
      if (!OPERATORS.has(condition.operator)) {
        throw new QueryBuildError('INVALID_QUERY', `Not a comparison operator: ${JSON.stringify(condition.operator)}`);
      }
      return `${assertFieldPath(condition.field)} ${condition.operator} ${formatValue(condition.value)}`;
    case 'like':
      return `${assertFieldPath(condition.field)} LIKE ${renderLikePattern(condition.pattern)}`;
    case 'in': {
      // `IN ()` is malformed SOQL; an empty list is the caller's decision to make (usually: skip the query).
      if (condition.values.length === 0) {
        throw new QueryBuildError('EMPTY_LIST', `Empty value list for ${condition.field}`);
      }
      const values = condition.values.map(formatValue).join(', ');
      return `${assertFieldPath(condition.field)} ${condition.negated ? 'NOT IN' : 'IN'} (${values})`;
    }
    case 'inQuery':
      if (condition.query.isCount) throw new QueryBuildError('INVALID_QUERY', 'COUNT() cannot be used in a semi-join');
      return `${assertFieldPath(condition.field)} ${condition.negated ? 'NOT IN' : 'IN'} (${condition.query.toString()})`;
    case 'and':
    case 'or': {
      const [only, ...rest] = condition.conditions;
      if (!only) throw new QueryBuildError('EMPTY_LIST', `${condition.kind.toUpperCase()} needs at least one condition`);
      if (rest.length === 0) return renderCondition(only);
      return condition.conditions.map(renderOperand).join(condition.kind === 'and' ? ' AND ' : ' OR ');
    }
    case 'not':
      return `NOT ${renderOperand(condition.condition)}`;
    default:
      throw new QueryBuildError('INVALID_QUERY', `Unknown condition: ${JSON.stringify(condition)}`);
  }
}
