import { type FieldDescribe, lookupNamePath, type SfRecord, sfRecordSchema } from '../../salesforce';

/**
 * A lookup shown by the related record's name (record.Owner.Name; a Case by its CaseNumber), read from the
 * parent the query brought along with displaySelect. Without it (not selected, or not visible to the user)
 * the id is all there is to show.
 */
export function formatReference(field: FieldDescribe, record: SfRecord, id: string): string {
  const path = lookupNamePath(field);
  if (!path) return id;
  const [relationshipName = '', nameField = 'Name'] = path.split('.');
  const parent = sfRecordSchema.safeParse(record[relationshipName]);
  if (!parent.success) return id;
  const name = parent.data[nameField] ?? parent.data.Name;
  return typeof name === 'string' && name.trim() !== '' ? name : id;
}
