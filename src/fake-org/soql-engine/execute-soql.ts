import type { FakeOrg } from '../org';
import { compileSelect } from './compile-select';
import { checkFileQueryRestrictions, visibleRows } from './file-query-rules';
import { parseSoql } from './parse-soql';
import { runPlan } from './run-select';
import { unsupportedObject } from './soql-errors';
import { SourceLocator } from './source-locator';
import type { QueryContext, QueryResult } from './types';

/**
 * Runs a SOQL query against the org as Salesforce's /query resource would, answering with every
 * matching record (the REST layer pages them). `apiVersion` ('60.0') goes into each record's url.
 * Errors are ApiFaults with Salesforce's codes and messages. `includeDeleted` is /queryAll: recycled
 * records are returned too. `userId` is who asks (the org's running user by default): files they cannot use stay hidden.
 */
export function executeSoql(org: FakeOrg, soql: string, apiVersion: string, options: { includeDeleted?: boolean; userId?: string } = {}): QueryResult {
  const query = parseSoql(soql);
  const ctx: QueryContext = { org, apiVersion, source: soql };
  const locator = new SourceLocator(soql);
  const name = query.sObject ?? '';
  const describe = org.metadata.describe(name);
  if (!describe || describe.queryable === false) {
    throw unsupportedObject(ctx, locator.find(name, locator.find('FROM', 0, 0), 0), name);
  }
  const plan = compileSelect({ ctx, locator }, query, describe, 0);
  checkFileQueryRestrictions(describe.name, query);
  const rows = options.includeDeleted ? org.records.allWithDeleted(describe.name) : org.records.all(describe.name);
  return runPlan(ctx, plan, visibleRows(org, describe.name, rows, options.userId ?? org.userId));
}
