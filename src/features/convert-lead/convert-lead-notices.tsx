import type { LeadToConvert } from './convert-lead-data';
import { formatConvertedDate } from './converted-date';

/** A Lead converted since the panel loaded (here or in Salesforce): say what it became instead of a form. */
export function AlreadyConverted({ converted }: { converted: NonNullable<LeadToConvert['converted']> }) {
  const when = converted.date ? ` on ${formatConvertedDate(converted.date)}` : '';
  const into = [converted.contactName, converted.accountName].filter(Boolean).join(' at ');
  return (
    <p className="convert-lead-notice" role="status">
      This lead was already converted{when}
      {into ? ` into ${into}` : ''}. Go back to see them in the panel.
    </p>
  );
}

/** convertLead needs a converted Lead Status; only an admin can add one. */
export function NoConvertedStatus() {
  return (
    <div className="convert-lead-notice" role="alert">
      <p className="convert-lead-notice-title">Leads can't be converted in this Salesforce org yet.</p>
      <p>It has no Lead Status marked as Converted. Ask your Salesforce admin to add one, then try again.</p>
    </div>
  );
}
