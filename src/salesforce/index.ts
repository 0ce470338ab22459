// The app's only door to Salesforce: a jsforce connection, typed operations parsed with zod, typed errors,
// and the SOQL/SOSL builders that are the only way to write a query.
export { applyTokens, createSalesforceConnection, DEFAULT_API_VERSION, type SalesforceConnection, type SalesforceConnectionOptions, type SalesforceTokens } from './connection';
export { createSalesforceClient, type SalesforceClient } from './client';
export { browserDescribeStorage, forgetDescribes, memoryDescribeStorage, type DescribeStorage, type ListableStorage } from './describe-storage';
export { describeOrNull, describeQueryKey, describeQueryOptions, type DescribeQueryInput } from './describe-query';
export * from './oauth';
export { ConflictError, DuplicatesError, isSalesforceError, SalesforceError, type DuplicateMatch, type SalesforceErrorCode } from './errors';
export { ERROR_COPY } from './error-messages';
export { toSalesforceError } from './error-mapping';

export { composite, type CompositeOptions, type CompositeResult, type CompositeResults } from './ops/composite';
export { MAX_COMPOSITE_QUERIES, MAX_COMPOSITE_SUBREQUESTS } from './ops/composite-limits';
export {
  compositeCreate,
  compositeQuery,
  compositeRef,
  compositeRetrieve,
  compositeUpdate,
  type CompositeSubrequest,
} from './ops/composite-requests';
export { convertLead, type ConvertLeadInput, type ConvertLeadResult } from './ops/convert-lead';
export { contentVersionValues, downloadVersionData, type TextFileVersion } from './ops/content-version';
export { create } from './ops/create';
export { describeGlobal, describeSObject, type DescribeOptions } from './ops/describe';
export { latestApiUsage, limits, type ApiUsage } from './ops/limits';
export { DEFAULT_MAX_RECORDS, query, type QueryOptions, type QueryResult } from './ops/query';
export { retrieve, type RetrieveOptions } from './ops/retrieve';
export type { DuplicateRuleOptions } from './ops/save-headers';
export { runParameterizedSearch, search, type SearchOptions } from './ops/search';
export { update, type UpdateOptions } from './ops/update';

export type { DescribeGlobal, GlobalSObject } from './schemas/describe-global';
export type { ChildRelationship, FieldDescribe, PicklistEntry, SObjectDescribe } from './schemas/describe';
export type { OrgLimit, OrgLimits } from './schemas/limits';
export { childRecords, parentRecord, sfRecordSchema, type QueryResultBody, type SfRecord } from './schemas/record';
export type { SaveResult } from './schemas/save-result';

export * from './soql';
export { displaySelect, lookupNamePath } from './display-fields';
export { fieldLabel } from './field-label';
export { redactSecrets } from './redact';
export { searchActiveUsers, type UserMatch } from './search-users';
export { SalesforceProvider, useSalesforce } from './client-context';
