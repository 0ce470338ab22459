import { useQuery, useQueryClient } from '@tanstack/react-query';
import { prefillForPerson } from '../features/edit';
import { useLayouts } from '../features/layouts';
import {
  AskAgainButton,
  BaseAddressPrompt,
  ChooseAnotherPersonButton,
  PersonChooser,
  senderPanelQueryOptions,
  subjectHandle,
  subjectKey,
  useBaseAddressChoice,
  useRememberedChoice,
  type LayoutFor,
  type RecordBundle,
  type SenderPanel,
  type Subject,
} from '../features/matching';
import { NoMatch, PanelError, PanelSkeleton } from '../features/records';
import { useHost } from '../host';
import { useSalesforce } from '../salesforce';
import { useSignIn } from '../ui';
import { companyDomain } from '../lib/email-domain';
import { companyFromDomain } from '../lib/person-name';
import { BundleView } from './bundle-view';
import { AlsoTakingPart } from './participant-handles';
import { useScreens } from './screens/screens-context';
import { usePanelVisible } from './use-panel-visible';

/** Everything Salesforce knows about one sender (or one record opened from search). */
export function SubjectView({ subject, instanceUrl }: { subject: Subject; instanceUrl: string }) {
  const { client, orgKey } = useSalesforce();
  const visible = usePanelVisible();
  const signIn = useSignIn();
  const { layoutFor, layoutKey } = useLayouts();
  const panel = useQuery(senderPanelQueryOptions({ client, orgKey, subject, layoutFor, layoutKey, enabled: visible }));
  if (panel.isPending) return <PanelSkeleton />;
  if (panel.isError) {
    // After signing in again the panel loads by itself; closing the sign-in window leaves the message as it was.
    const signInAndReload = signIn && (() => void signIn().then(() => panel.refetch(), () => undefined));
    return <PanelError error={panel.error} onRetry={() => void panel.refetch()} onSignIn={signInAndReload} />;
  }
  return <SenderPanelView panel={panel.data} instanceUrl={instanceUrl} layoutFor={layoutFor} />;
}

function accountName(account: RecordBundle | undefined): string | undefined {
  return typeof account?.record.Name === 'string' ? account.record.Name : undefined;
}

function personOf(subject: Subject) {
  if (subject.kind === 'email') return { email: subject.email, name: subject.name };
  if (subject.kind === 'phone') return { phone: subject.e164, name: subject.name };
  return { name: subject.name };
}

function SenderPanelView({ panel, instanceUrl, layoutFor }: { panel: SenderPanel; instanceUrl: string; layoutFor: LayoutFor }) {
  const host = useHost();
  const { orgKey } = useSalesforce();
  const queryClient = useQueryClient();
  const { open } = useScreens();
  const onChanged = () => void queryClient.invalidateQueries({ queryKey: ['salesforce', orgKey, 'sender-panel'] });
  const [chosenId, choose, clearChoice] = useRememberedChoice(
    orgKey,
    subjectKey(panel.subject),
    panel.people.map((person) => String(person.record.Id)),
  );
  const baseChoice = useBaseAddressChoice(orgKey, panel);
  const openUrl = (url: string) => void host.openUrl(url);
  const shared = { describes: panel.describes, instanceUrl, onOpenUrl: openUrl, layoutFor, onChanged };

  const { people } = panel;
  const chosen = people.length === 1 ? people[0] : (people.find((person) => String(person.record.Id) === chosenId) ?? baseChoice.confirmed);
  if (people.length > 1 && !chosen) {
    return <PersonChooser people={people} describes={panel.describes} onChoose={choose} handle={subjectHandle(panel.subject)} />;
  }
  if (baseChoice.asking) {
    return (
      <BaseAddressPrompt
        match={baseChoice.asking}
        handle={subjectHandle(panel.subject)}
        describes={panel.describes}
        onConfirm={baseChoice.confirm}
        onDecline={baseChoice.decline}
      />
    );
  }

  if (chosen) {
    const accountId = chosen.record.AccountId;
    const account = typeof accountId === 'string' ? panel.accountsById[accountId] : undefined;
    const view = (
      <div className="app-stack">
        <BundleView
          bundle={chosen}
          {...shared}
          badge={chosen.sobject === 'Lead' ? 'Lead' : undefined}
          actions={
            (people.length > 1 || baseChoice.confirmed) && (
              <ChooseAnotherPersonButton onClick={baseChoice.confirmed ? baseChoice.reconsider : clearChoice} />
            )
          }
        />
        {account && <BundleView bundle={account} {...shared} />}
      </div>
    );
    return panel.baseMatch && baseChoice.confirmed ? <AlsoTakingPart handle={panel.baseMatch.address}>{view}</AlsoTakingPart> : view;
  }

  const focus = panel.opportunity;
  const accounts = focus || panel.subject.kind === 'record' ? Object.values(panel.accountsById) : panel.domainAccounts;
  const person = personOf(panel.subject);
  const domain = person.email ? companyDomain(person.email) : undefined;
  const domainAccount = accounts[0];
  // A Contact found by domain joins that account; a new Account is named after the domain.
  const createContact = () =>
    open({
      kind: 'create',
      sobject: 'Contact',
      defaults: { ...prefillForPerson('Contact', person), ...(domainAccount && { AccountId: domainAccount.record.Id }) },
      lookupNames: domainAccount ? { AccountId: accountName(domainAccount) ?? '' } : undefined,
    });
  return (
    <div className="app-stack">
      {panel.subject.kind !== 'record' && (
        <NoMatch
          handle={subjectHandle(panel.subject)}
          accountFound={accounts.length > 0}
          onCreateContact={createContact}
          onCreateLead={() => open({ kind: 'create', sobject: 'Lead', defaults: prefillForPerson('Lead', person, accountName(domainAccount)) })}
          onCreateAccount={
            domain && !domainAccount
              ? () => open({ kind: 'create', sobject: 'Account', defaults: { Name: companyFromDomain(domain), Website: domain } })
              : undefined
          }
        />
      )}
      {baseChoice.declined && <AskAgainButton address={baseChoice.declined.address} onClick={baseChoice.reconsider} />}
      {focus && <BundleView bundle={focus} {...shared} />}
      {accounts.map((account) => (
        <BundleView key={String(account.record.Id)} bundle={account} {...shared} />
      ))}
    </div>
  );
}
