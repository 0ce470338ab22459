import { useQuery } from '@tanstack/react-query';
import { useSalesforce } from '../../salesforce';
import { ActionError, Screen } from '../../ui';
import type { SuggestionHint } from './account-suggestions';
import { ConvertLeadForm, type ConvertedLead } from './convert-lead-form';
import { AlreadyConverted, NoConvertedStatus } from './convert-lead-notices';
import { convertLeadQueryOptions } from './convert-lead-query';
import './convert-lead.css';

export interface ConvertLeadScreenProps {
  leadId: string;
  /**
   * The Lead's Company, Email and Website as the panel shows them. Account suggestions for them are loaded in
   * the same API call as the Lead; without them the suggestions cost a second call once the Lead is loaded.
   */
  hint?: SuggestionHint;
  /** The Lead is converted: the app refreshes the panel, which now shows the Contact and Account. */
  onDone: (result: ConvertedLead) => void;
  onCancel: () => void;
}

/** Converts a Lead into a Contact, an Account (new or existing) and optionally an Opportunity. */
export function ConvertLeadScreen({ leadId, hint, onDone, onCancel }: ConvertLeadScreenProps) {
  const { client, orgKey } = useSalesforce();
  const loaded = useQuery(convertLeadQueryOptions({ client, orgKey, leadId, hint }));

  if (loaded.isSuccess && !loaded.data.lead.converted && loaded.data.statuses.length > 0) {
    return <ConvertLeadForm data={loaded.data} onDone={onDone} onCancel={onCancel} />;
  }
  return (
    <Screen title="Convert lead" subtitle={loaded.data?.lead.name} onBack={onCancel}>
      {loaded.isPending && (
        <p className="convert-lead-notice" role="status">
          Loading the lead…
        </p>
      )}
      {loaded.isError && <ActionError error={loaded.error} onRetry={() => void loaded.refetch()} />}
      {loaded.data?.lead.converted && <AlreadyConverted converted={loaded.data.lead.converted} />}
      {loaded.data && !loaded.data.lead.converted && loaded.data.statuses.length === 0 && <NoConvertedStatus />}
    </Screen>
  );
}
