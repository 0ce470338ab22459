export { executeSoql } from './execute-soql';
export type { QueryResult, RecordAttributes, WireRecord } from './types';
