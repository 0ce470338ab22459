import { ConvertLeadButton } from '../features/convert-lead';
import { EditButton } from '../features/edit';
import { canLogEmailTo, LogEmailButton, personEmails, personTakesPart } from '../features/log-email';
import type { RecordBundle } from '../features/matching';
import { recordName } from '../features/records';
import type { SObjectDescribe } from '../salesforce';
import { useParticipantHandles } from './participant-handles';
import { useScreens } from './screens/screens-context';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The buttons in a record card's header: convert (a Lead), log email, and the pencil. */
export function RecordActions({ bundle, describe, layout }: { bundle: RecordBundle; describe: SObjectDescribe; layout: readonly string[] }) {
  const { open } = useScreens();
  const handles = useParticipantHandles();
  const { record, sobject } = bundle;
  const id = String(record.Id);
  const name = recordName(describe, record, layout);
  const takesPart = personTakesPart(record, describe, [...handles]);
  return (
    <>
      {sobject === 'Lead' && (
        <ConvertLeadButton
          leadName={name}
          onClick={() =>
            open({ kind: 'convert', leadId: id, hint: { company: text(record.Company), email: text(record.Email), website: text(record.Website) } })
          }
        />
      )}
      {canLogEmailTo(sobject, takesPart) && (
        <LogEmailButton recordName={name} onClick={() => open({ kind: 'log-email', target: { sobject, id, name, emails: personEmails(record, describe) } })} />
      )}
      <EditButton recordName={name} onClick={() => open({ kind: 'edit', sobject, recordId: id })} />
    </>
  );
}
