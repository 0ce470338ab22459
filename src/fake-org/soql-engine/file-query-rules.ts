import type { Query } from '@jetstreamapp/soql-parser-js';
import { ApiFault } from '../api-fault';
import { canSeeRecord } from '../files';
import type { FakeOrg } from '../org';
import type { StoredRecord } from '../store/record-store';
import { buildWhereTree, type WhereNode } from './where-tree';

const LINK_FILTER_FIELDS = new Set(['contentdocumentid', 'linkedentityid']);

const LINK_RESTRICTION =
  "Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator.";

// A filter Salesforce accepts must hold for every row: a top-level condition, or one inside an AND.
function filtersByLinkId(node: WhereNode): boolean {
  if (node.kind === 'and') return node.children.some(filtersByLinkId);
  if (node.kind !== 'condition' || !('field' in node.condition)) return false;
  const { field, operator } = node.condition;
  return LINK_FILTER_FIELDS.has(field.toLowerCase()) && (operator === '=' || operator === 'IN');
}

/** Salesforce refuses to list ContentDocumentLinks without naming the files or the entities they link. */
export function checkFileQueryRestrictions(sobject: string, query: Query): void {
  if (sobject !== 'ContentDocumentLink') return;
  if (!query.where || !filtersByLinkId(buildWhereTree(query.where))) throw new ApiFault(400, 'MALFORMED_QUERY', LINK_RESTRICTION);
}

/** The rows a user's query reads: files (and their versions and links) only where the user can use the file. */
export function visibleRows(org: FakeOrg, sobject: string, rows: StoredRecord[], userId: string): StoredRecord[] {
  return rows.filter((row) => canSeeRecord(org, sobject, row, userId));
}
