import type { Connection } from 'jsforce/core';
import type { z } from 'zod';
import type { DescribeStorage } from './describe-storage';
import { composite, type CompositeOptions, type CompositeResults } from './ops/composite';
import { downloadVersionData } from './ops/content-version';
import type { CompositeSubrequest } from './ops/composite-requests';
import { convertLead, type ConvertLeadInput, type ConvertLeadResult } from './ops/convert-lead';
import { create } from './ops/create';
import { batchDescribes } from './describe-batcher';
import { SalesforceError } from './errors';
import { describeGlobal, describeSObject, describeSObjects } from './ops/describe';
import { latestApiUsage, limits, type ApiUsage } from './ops/limits';
import { query, type QueryOptions, type QueryResult } from './ops/query';
import { retrieve, type RetrieveOptions } from './ops/retrieve';
import type { DuplicateRuleOptions } from './ops/save-headers';
import { runParameterizedSearch, search, type SearchOptions } from './ops/search';
import { update, type UpdateOptions } from './ops/update';
import { userInfo, type UserInfo } from './oauth/user-info';
import type { DescribeGlobal } from './schemas/describe-global';
import type { SObjectDescribe } from './schemas/describe';
import type { OrgLimits } from './schemas/limits';
import type { sfRecordSchema } from './schemas/record';
import type { ParameterizedSearchBody, SoqlQuery, SoslQuery } from './soql';

type DefaultRecord = typeof sfRecordSchema;

/** Every operation bound to one connection and its describe cache: what features receive. */
export interface SalesforceClient {
  readonly connection: Connection;
  describe(sobject: string, options?: { force?: boolean }): Promise<SObjectDescribe>;
  describeGlobal(options?: { force?: boolean }): Promise<DescribeGlobal>;
  query<S extends z.ZodType = DefaultRecord>(soqlQuery: SoqlQuery, options?: QueryOptions<S>): Promise<QueryResult<z.output<S>>>;
  search<S extends z.ZodType = DefaultRecord>(soslQuery: SoslQuery, options?: SearchOptions<S>): Promise<z.output<S>[]>;
  parameterizedSearch<S extends z.ZodType = DefaultRecord>(body: ParameterizedSearchBody, options?: SearchOptions<S>): Promise<z.output<S>[]>;
  retrieve<S extends z.ZodType = DefaultRecord>(sobject: string, id: string, options?: RetrieveOptions<S>): Promise<z.output<S>>;
  create(sobject: string, values: Readonly<Record<string, unknown>>, options?: DuplicateRuleOptions): Promise<{ id: string }>;
  update(sobject: string, id: string, values: Readonly<Record<string, unknown>>, options?: UpdateOptions): Promise<void>;
  convertLead(input: ConvertLeadInput): Promise<ConvertLeadResult>;
  /** The content of a ContentVersion (a Salesforce Files version) as text. */
  downloadVersionData(versionId: string): Promise<string>;
  composite<const R extends readonly CompositeSubrequest<unknown>[]>(requests: R, options?: CompositeOptions): Promise<CompositeResults<R>>;
  limits(): Promise<OrgLimits>;
  /** From the latest response's Sforce-Limit-Info header; costs no API call. */
  apiUsage(): ApiUsage | undefined;
  /** Who is signed in (OpenID Connect userinfo; not an API call toward the limit). */
  userInfo(): Promise<UserInfo>;
}

export function createSalesforceClient(conn: Connection, options: { describeStorage?: DescribeStorage } = {}): SalesforceClient {
  const storage = options.describeStorage;
  const describeBatched = batchDescribes((sobjects) => describeSObjects(conn, sobjects, { storage }));
  const describe = async (sobject: string, describeOptions?: { force?: boolean }) => {
    if (describeOptions?.force) return describeSObject(conn, sobject, { storage, force: true });
    const found = await describeBatched(sobject);
    if (!found) throw new SalesforceError({ code: 'NOT_FOUND', status: 404, serverMessage: `The requested resource does not exist: ${sobject}` });
    return found;
  };
  return {
    connection: conn,
    describe,
    describeGlobal: (describeOptions) => describeGlobal(conn, { storage, ...describeOptions }),
    query: (soqlQuery, queryOptions) => query(conn, soqlQuery, queryOptions),
    search: (soslQuery, searchOptions) => search(conn, soslQuery, searchOptions),
    parameterizedSearch: (body, searchOptions) => runParameterizedSearch(conn, body, searchOptions),
    retrieve: (sobject, id, retrieveOptions) => retrieve(conn, sobject, id, retrieveOptions),
    create: (sobject, values, createOptions) => create(conn, sobject, values, createOptions),
    update: (sobject, id, values, updateOptions) => update(conn, sobject, id, values, updateOptions),
    convertLead: (input) => convertLead(conn, input),
    downloadVersionData: (versionId) => downloadVersionData(conn, versionId),
    composite: (requests, compositeOptions) => composite(conn, requests, compositeOptions),
    limits: () => limits(conn),
    apiUsage: () => latestApiUsage(conn),
    userInfo: () => userInfo(conn),
  };
}
