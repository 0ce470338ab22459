import { QueryClient } from '@tanstack/react-query';
import type { SetupServer } from 'msw/node';
import { onTestFinished } from 'vitest';
import { connectTo } from '../../../../test/salesforce/support';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import { STALE_TIME_MS } from '../../../lib/query-client';
import { createSalesforceClient, memoryDescribeStorage } from '../../../salesforce';
import { senderPanelQueryOptions } from '../sender-panel-query';
import type { RecordBundle, SenderPanel } from '../sender-panel';
import type { Subject } from '../subject';
import { testLayoutFor } from './test-layouts';

/** The panel query against the fake org through real jsforce, with the app's layouts and a fresh QueryClient. */
export function panelHarness(harness: FakeOrgHarness) {
  const client = createSalesforceClient(connectTo(harness), { describeStorage: memoryDescribeStorage() });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: STALE_TIME_MS } } });
  const options = (subject: Subject) =>
    senderPanelQueryOptions({ client, orgKey: 'test-org', subject, layoutFor: testLayoutFor, layoutKey: 'default', defaultCountry: 'US' });
  return { client, queryClient, resolve: (subject: Subject) => queryClient.fetchQuery(options(subject)) };
}

export const email = (address: string): Subject => ({ kind: 'email', email: address });

export const names = (bundles: readonly RecordBundle[]) => bundles.map((bundle) => bundle.record.Name);

export const accountNames = (panel: SenderPanel) => Object.values(panel.accountsById).map((bundle) => bundle.record.Name);

/** The records of one related list, by its heading. */
export function relatedByLabel(bundle: RecordBundle | undefined, label: string) {
  const set = bundle?.related.find((related) => related.label === label);
  if (!set) throw new Error(`No related list "${label}" in ${bundle?.sobject ?? 'nothing'}`);
  return set.records;
}

/** The referenceIds of every composite request the org receives from now on (read them after awaiting). */
export function compositeReferenceIds(server: SetupServer): Promise<string[]>[] {
  const seen: Promise<string[]>[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (!new URL(request.url).pathname.endsWith('/composite')) return;
    seen.push(
      request
        .clone()
        .json()
        .then((body: { compositeRequest: { referenceId: string }[] }) => body.compositeRequest.map((item) => item.referenceId)),
    );
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return seen;
}
