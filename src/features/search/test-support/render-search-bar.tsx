import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { connectTo } from '../../../../test/salesforce/support';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import { createSalesforceClient, SalesforceProvider } from '../../../salesforce';
import { SearchBar } from '../search-bar';
import type { SearchHit } from '../search-hit';

/** The search bar talking to the fake org through the real client, with a fresh cache and no retries. */
export function renderSearchBar(harness: FakeOrgHarness) {
  const onSelect = vi.fn<(hit: SearchHit) => void>();
  const client = createSalesforceClient(connectTo(harness));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <SalesforceProvider client={client} orgKey="test-org">
        <SearchBar onSelect={onSelect} />
      </SalesforceProvider>
    </QueryClientProvider>,
  );
  return { user, onSelect, input: screen.getByRole('combobox', { name: 'Search Salesforce' }) };
}
