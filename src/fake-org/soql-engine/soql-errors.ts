import { ApiFault } from '../api-fault';
import { caretMessage } from './source-locator';
import type { QueryContext } from './types';

// The errors Salesforce answers a bad query with: the code, and the message text clients parse.
const CUSTOM_FIELD_HINT =
  "If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";
const CUSTOM_OBJECT_HINT =
  "If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.";
const CUSTOM_RELATIONSHIP_HINT =
  "If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.";

function at(ctx: QueryContext, offset: number, code: string, message: string): ApiFault {
  return new ApiFault(400, code, caretMessage(ctx.source, offset, message));
}

export function noSuchColumn(ctx: QueryContext, offset: number, column: string, entity: string): ApiFault {
  return at(ctx, offset, 'INVALID_FIELD', `No such column '${column}' on entity '${entity}'. ${CUSTOM_FIELD_HINT}`);
}

export function unknownRelationship(ctx: QueryContext, offset: number, relationship: string): ApiFault {
  return at(ctx, offset, 'INVALID_FIELD', `Didn't understand relationship '${relationship}' in field path. ${CUSTOM_RELATIONSHIP_HINT}`);
}

export function unsupportedObject(ctx: QueryContext, offset: number, name: string): ApiFault {
  return at(ctx, offset, 'INVALID_TYPE', `sObject type '${name}' is not supported. ${CUSTOM_OBJECT_HINT}`);
}

export function unknownChildRelationship(ctx: QueryContext, offset: number, name: string): ApiFault {
  return at(ctx, offset, 'INVALID_TYPE', `Didn't understand relationship '${name}' in FROM part of query call. ${CUSTOM_RELATIONSHIP_HINT}`);
}

/** A literal of the wrong kind for the field, e.g. a quoted date. */
export function filterTypeMismatch(ctx: QueryContext, offset: number, field: string, type: string, quoted: boolean): ApiFault {
  const quoting = quoted ? 'should be enclosed in quotes' : 'should not be enclosed in quotes';
  return at(ctx, offset, 'INVALID_FIELD', `value of filter criterion for field '${field}' must be of type ${type} and ${quoting}`);
}

export function invalidIdFilter(ctx: QueryContext, offset: number, value: string): ApiFault {
  return at(ctx, offset, 'INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${value}`);
}

export function malformed(ctx: QueryContext, offset: number, message: string): ApiFault {
  return at(ctx, offset, ctx.malformedCode ?? 'MALFORMED_QUERY', message);
}

/** Valid SOQL the fake org does not evaluate: said plainly rather than answered wrongly. */
export function notSupported(ctx: QueryContext, feature: string): ApiFault {
  return new ApiFault(400, ctx.malformedCode ?? 'MALFORMED_QUERY', `${feature} is not supported by the fake org`);
}
