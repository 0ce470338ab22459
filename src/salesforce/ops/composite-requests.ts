import type { z } from 'zod';
import { SalesforceError } from '../errors';
import { fieldNames, objectPath, queryText, recordPath } from '../api-path';
import { queryResultSchema, sfRecordSchema, type QueryResultBody, type SfRecord } from '../schemas/record';
import { saveResultSchema, type SaveResult } from '../schemas/save-result';
import type { SoqlQuery } from '../soql';
import { duplicateRuleHeaders, type DuplicateRuleOptions } from './save-headers';

/** One subrequest of POST /composite; `schema` types and validates its body when it succeeds. */
export interface CompositeSubrequest<T = unknown> {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the versioned REST root ('/sobjects/Contact'); the composite call adds /services/data/vNN.N. */
  readonly url: string;
  readonly referenceId: string;
  readonly body?: unknown;
  readonly httpHeaders?: Readonly<Record<string, string>>;
  readonly schema?: z.ZodType<T>;
}

const REFERENCE_TOKEN = /^@\{[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+|\[\d+\])+\}$/;

/** `@{NewAccount.id}`: a value from an earlier subrequest's result, resolved by Salesforce. */
export function compositeRef(referenceId: string, path: string): string {
  const token = `@{${referenceId}.${path}}`;
  if (!REFERENCE_TOKEN.test(token)) {
    throw new SalesforceError({ code: 'INVALID_REQUEST', serverMessage: `Not a valid composite reference: ${token}` });
  }
  return token;
}

function idOrReference(sobject: string, id: string): string {
  return REFERENCE_TOKEN.test(id) ? `${objectPath(sobject)}/${id}` : recordPath(sobject, id);
}

// Salesforce resolves @{…} before decoding the URL, so references inside a query string stay unencoded.
function encodeQueryText(text: string): string {
  return encodeURIComponent(text).replace(/%40%7B[A-Za-z0-9_.%]+?%7D/g, (token) => decodeURIComponent(token));
}

export function compositeQuery<S extends z.ZodType = typeof sfRecordSchema>(
  referenceId: string,
  soqlQuery: SoqlQuery,
  recordSchema?: S,
): CompositeSubrequest<QueryResultBody<z.output<S>>> {
  return {
    method: 'GET',
    url: `/query?q=${encodeQueryText(queryText(soqlQuery))}`,
    referenceId,
    schema: queryResultSchema(recordSchema ?? sfRecordSchema) as z.ZodType<QueryResultBody<z.output<S>>>,
  };
}

export function compositeRetrieve(referenceId: string, sobject: string, id: string, fields?: readonly string[]): CompositeSubrequest<SfRecord> {
  const query = fields && fields.length > 0 ? `?fields=${fieldNames(fields).join(',')}` : '';
  return { method: 'GET', url: `${idOrReference(sobject, id)}${query}`, referenceId, schema: sfRecordSchema };
}

export function compositeCreate(
  referenceId: string,
  sobject: string,
  values: Readonly<Record<string, unknown>>,
  options: DuplicateRuleOptions = {},
): CompositeSubrequest<SaveResult> {
  const httpHeaders = duplicateRuleHeaders(options);
  return {
    method: 'POST',
    url: objectPath(sobject),
    referenceId,
    body: values,
    ...(Object.keys(httpHeaders).length > 0 && { httpHeaders }),
    schema: saveResultSchema,
  };
}

export function compositeUpdate(
  referenceId: string,
  sobject: string,
  id: string,
  values: Readonly<Record<string, unknown>>,
  options: DuplicateRuleOptions = {},
): CompositeSubrequest<null> {
  const httpHeaders = duplicateRuleHeaders(options);
  return {
    method: 'PATCH',
    url: idOrReference(sobject, id),
    referenceId,
    body: values,
    ...(Object.keys(httpHeaders).length > 0 && { httpHeaders }),
  };
}
