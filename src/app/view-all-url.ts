import type { RelatedSet } from '../features/matching';
import { lightningRecordUrl, lightningRelatedListUrl } from '../features/records';

// Lightning lists classic Notes under "Notes & Attachments", not under their own relationship.
const NOTES_AND_ATTACHMENTS = 'CombinedAttachments';

/**
 * Where Salesforce lists every record of a related list the panel shows only the first of; undefined when it shows
 * them all. Tasks have no "View All" page: the record's activity timeline holds them.
 */
export function viewAllUrl(related: RelatedSet, parent: { sobject: string; id: string }, instanceUrl: string): string | undefined {
  if (!related.hasMore) return undefined;
  if (related.sobject === 'Task') return lightningRecordUrl(instanceUrl, parent.sobject, parent.id);
  const relationshipName = related.sobject === 'Note' ? NOTES_AND_ATTACHMENTS : related.relationshipName;
  return lightningRelatedListUrl(instanceUrl, parent.sobject, parent.id, relationshipName);
}
