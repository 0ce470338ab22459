import { useQuery } from '@tanstack/react-query';
import { defaultLayout } from '../features/layouts/default-layouts';
import {
  ChooseAnotherPersonButton,
  PersonChooser,
  senderPanelQueryOptions,
  subjectHandle,
  subjectKey,
  useRememberedChoice,
  type RecordBundle,
  type SenderPanel,
  type Subject,
} from '../features/matching';
import { NoMatch, PanelError, PanelSkeleton } from '../features/records';
import { useHost } from '../host';
import { useSalesforce } from '../salesforce';
import { BundleView } from './bundle-view';
import { newPersonUrl } from './create-links';
import { usePanelVisible } from './use-panel-visible';

// Layouts are the defaults until the layouts issue lets admins and agents choose.
const LAYOUT_KEY = 'default';

/** Everything Salesforce knows about one sender (or one record opened from search). */
export function SubjectView({ subject, instanceUrl }: { subject: Subject; instanceUrl: string }) {
  const { client, orgKey } = useSalesforce();
  const visible = usePanelVisible();
  const panel = useQuery(
    senderPanelQueryOptions({ client, orgKey, subject, layoutFor: defaultLayout, layoutKey: LAYOUT_KEY, enabled: visible }),
  );
  if (panel.isPending) return <PanelSkeleton />;
  if (panel.isError) return <PanelError error={panel.error} onRetry={() => void panel.refetch()} />;
  return <SenderPanelView panel={panel.data} instanceUrl={instanceUrl} />;
}

function accountName(account: RecordBundle | undefined): string | undefined {
  return typeof account?.record.Name === 'string' ? account.record.Name : undefined;
}

function SenderPanelView({ panel, instanceUrl }: { panel: SenderPanel; instanceUrl: string }) {
  const host = useHost();
  const { orgKey } = useSalesforce();
  const [chosenId, choose, clearChoice] = useRememberedChoice(
    orgKey,
    subjectKey(panel.subject),
    panel.people.map((person) => String(person.record.Id)),
  );
  const openUrl = (url: string) => void host.openUrl(url);
  const shared = { describes: panel.describes, instanceUrl, onOpenUrl: openUrl };

  const { people } = panel;
  const chosen = people.length === 1 ? people[0] : people.find((person) => String(person.record.Id) === chosenId);
  if (people.length > 1 && !chosen) {
    return <PersonChooser people={people} describes={panel.describes} onChoose={choose} handle={subjectHandle(panel.subject)} />;
  }

  if (chosen) {
    const accountId = chosen.record.AccountId;
    const account = typeof accountId === 'string' ? panel.accountsById[accountId] : undefined;
    return (
      <div className="app-stack">
        <BundleView
          bundle={chosen}
          {...shared}
          badge={chosen.sobject === 'Lead' ? 'Lead' : undefined}
          actions={people.length > 1 && <ChooseAnotherPersonButton onClick={clearChoice} />}
        />
        {account && <BundleView bundle={account} {...shared} />}
      </div>
    );
  }

  const focus = panel.opportunity;
  const accounts = focus || panel.subject.kind === 'record' ? Object.values(panel.accountsById) : panel.domainAccounts;
  return (
    <div className="app-stack">
      {panel.subject.kind !== 'record' && (
        <NoMatch
          handle={subjectHandle(panel.subject)}
          accountFound={accounts.length > 0}
          onCreateContact={() => openUrl(newPersonUrl(instanceUrl, 'Contact', panel.subject))}
          onCreateLead={() => openUrl(newPersonUrl(instanceUrl, 'Lead', panel.subject, accountName(accounts[0])))}
        />
      )}
      {focus && <BundleView bundle={focus} {...shared} />}
      {accounts.map((account) => (
        <BundleView key={String(account.record.Id)} bundle={account} {...shared} />
      ))}
    </div>
  );
}
