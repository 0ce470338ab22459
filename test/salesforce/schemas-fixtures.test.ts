import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromRestErrorBody } from '../../src/salesforce/error-mapping';
import { compositeResponseSchema } from '../../src/salesforce/schemas/composite';
import { describeGlobalSchema } from '../../src/salesforce/schemas/describe-global';
import { sobjectDescribeSchema } from '../../src/salesforce/schemas/describe';
import { limitsSchema } from '../../src/salesforce/schemas/limits';
import { childRecords, parentRecord, queryResultSchema, sfRecordSchema } from '../../src/salesforce/schemas/record';
import { saveResultSchema } from '../../src/salesforce/schemas/save-result';
import { searchResultSchema } from '../../src/salesforce/schemas/search';

// Real payloads recorded from Salesforce orgs (see SOURCES.md there): the schemas must accept what
// Salesforce actually sends, not just what the fake org sends.
const FIXTURES = fileURLToPath(new URL('../fixtures/salesforce', import.meta.url));

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

function fixturesStartingWith(prefix: string): string[] {
  return readdirSync(FIXTURES).filter((name) => name.startsWith(prefix) && name.endsWith('.json'));
}

// Hand-trimmed or hand-edited captures that lack keys every real describe has.
const PARTIAL_DESCRIBES = new Set(['describe-Note-trimmed-vscode-soqlMetadata-jawills.json', 'describe-Whizbang-custom-v23-handedited-restforce.json']);

describe('schemas accept real Salesforce payloads', () => {
  it.each(fixturesStartingWith('describe-').filter((name) => !PARTIAL_DESCRIBES.has(name)))('describe: %s', (name) => {
    const raw = fixture(name) as { fields: unknown[] };
    const parsed = sobjectDescribeSchema.parse(raw);
    expect(parsed.fields).toHaveLength(raw.fields.length);
    // Keys the schema does not name pass through, so the cached body is the whole describe.
    expect(Object.keys(parsed).length).toBe(Object.keys(raw).length);
  });

  it('rejects a describe missing keys the app relies on', () => {
    const result = sobjectDescribeSchema.safeParse(fixture('describe-Note-trimmed-vscode-soqlMetadata-jawills.json'));
    expect(result.success).toBe(false);
  });

  it.each(fixturesStartingWith('describeGlobal-'))('describeGlobal: %s', (name) => {
    expect(describeGlobalSchema.parse(fixture(name)).sobjects.length).toBeGreaterThan(100);
  });

  it.each(fixturesStartingWith('query-'))('query: %s', (name) => {
    expect(() => queryResultSchema(sfRecordSchema).parse(fixture(name))).not.toThrow();
  });

  it('reads nested parents and child subqueries (null when empty) from a real response', () => {
    const page = queryResultSchema(sfRecordSchema).parse(fixture('query-Account-with-Contacts-Tasks-subqueries-v28-sf-api-connector.json'));
    const [account] = page.records;
    expect(account).toBeDefined();
    expect(childRecords(account!, 'Contacts').length).toBeGreaterThan(0);
    expect(childRecords(account!, 'Tasks')).toEqual([]);
    const owned = queryResultSchema(sfRecordSchema).parse(fixture('query-Account-with-Owner-parent-v28-sf-api-connector.json'));
    expect(parentRecord(owned.records[0]!, 'Owner')?.attributes.type).toBe('User');
  });

  it.each(['sosl-search-v53-swiftlysalesforce.json', 'sosl-parameterizedSearch-empty-v59-nango.json'])('search: %s', (name) => {
    expect(() => searchResultSchema(sfRecordSchema).parse(fixture(name))).not.toThrow();
  });

  it.each(['limits-v60-nango.json', 'limits-swiftlysalesforce.json'])('limits: %s', (name) => {
    const limits = limitsSchema.parse(fixture(name));
    expect(limits.DailyApiRequests?.Max).toBeGreaterThan(0);
  });

  it('composite responses, failed subresponses mapped to typed errors', () => {
    const parsed = compositeResponseSchema.parse(fixture('error-INVALID_TYPE-in-composite-cumulusci.json'));
    const failed = parsed.compositeResponse[1]!;
    expect(fromRestErrorBody(failed.body, failed.httpStatusCode)).toMatchObject({ code: 'INVALID_FIELD', serverCode: 'INVALID_TYPE', status: 400 });
    const notFound = compositeResponseSchema.parse(fixture('error-NOT_FOUND-in-composite-cumulusci.json')).compositeResponse[0]!;
    expect(fromRestErrorBody(notFound.body, notFound.httpStatusCode)).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('per-record save results (statusCode, not errorCode)', () => {
    const [result] = saveResultSchema.array().parse(fixture('error-INVALID_CROSS_REFERENCE_KEY-sobject-collection-v59-nango.json'));
    expect(result).toMatchObject({ success: false, errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY' }] });
  });

  it.each([
    ['error-REQUIRED_FIELD_MISSING-400-v21-sf-api-connector.json', 400, 'REQUIRED_FIELD_MISSING', ['LastName']],
    ['error-FIELD_CUSTOM_VALIDATION_EXCEPTION-400-v21-sf-api-connector.json', 400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION', []],
    ['error-ENTITY_IS_DELETED-404-restforce-db.json', 404, 'ENTITY_IS_DELETED', []],
    ['error-INVALID_FIELD-write-restforce.json', 400, 'INVALID_FIELD', []],
    ['error-MALFORMED_QUERY-400-v39-node-salesforce-connection.json', 400, 'MALFORMED_QUERY', []],
    ['error-MALFORMED_SEARCH-restforce.json', 400, 'MALFORMED_QUERY', []],
    ['error-INVALID_SESSION_ID-rest-restforce.json', 401, 'INVALID_SESSION_ID', []],
  ] as const)('REST error body %s', (name, status, code, fields) => {
    expect(fromRestErrorBody(fixture(name), status)).toMatchObject({ code, status, fields });
  });

  it('uses the validation rule message from a real org as the user message', () => {
    const error = fromRestErrorBody(fixture('error-FIELD_CUSTOM_VALIDATION_EXCEPTION-400-v21-sf-api-connector.json'), 400);
    expect(error.userMessage).toBe("Name can't start with Invalid-");
  });
});
