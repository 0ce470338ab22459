// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { staticHost, TEST_ORG_KEY } from '../../../test/support/render-with-org';
import { connectTo } from '../../../test/salesforce/support';
import { HostProvider, type HostContext } from '../../host';
import { createSalesforceClient, SalesforceError, SalesforceProvider } from '../../salesforce';
import { CompanyLayoutStoreProvider } from './company-layout-store-context';
import { defaultLayout } from './default-layouts';
import type { CompanyLayoutStore, CompanyLayouts } from './layout-types';
import { writeMyLayouts } from './my-layout-storage';
import { standardDescribe } from './test-support/describes';
import { memoryCompanyLayoutStore } from './test-support/memory-company-layout-store';
import { agent, contextOf } from './test-support/teammates';
import { useLayouts } from './use-layouts';

const fakeOrg = withFakeOrg();
afterEach(() => localStorage.clear());

const contact = standardDescribe('Contact');
const COMPANY: CompanyLayouts = { objects: { Contact: ['Name', 'Email', 'Department'], Note: ['Title'] } };

function renderLayouts(store: CompanyLayoutStore, context: HostContext | undefined = contextOf(agent)) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createSalesforceClient(connectTo(fakeOrg()));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <HostProvider adapter={staticHost(context)}>
        <SalesforceProvider client={client} orgKey={TEST_ORG_KEY}>
          <CompanyLayoutStoreProvider store={store}>{children}</CompanyLayoutStoreProvider>
        </SalesforceProvider>
      </HostProvider>
    </QueryClientProvider>
  );
  return renderHook(() => useLayouts(), { wrapper });
}

function slowStore(layouts: CompanyLayouts) {
  let deliver: () => void = () => undefined;
  const store: CompanyLayoutStore = {
    load: () => new Promise((resolve) => (deliver = () => resolve(layouts))),
    save: () => Promise.resolve(),
  };
  return { store, deliver: () => deliver() };
}

describe('useLayouts', () => {
  it('answers with the defaults while the company layout loads, then with it under a new key', async () => {
    const { store, deliver } = slowStore(COMPANY);
    const { result } = renderLayouts(store);
    expect(result.current.layoutFor(contact)).toEqual(defaultLayout(contact));
    const loadingKey = result.current.layoutKey;

    deliver();
    await waitFor(() => expect(result.current.layoutFor(contact)).toEqual(['Name', 'Email', 'Department']));
    expect(result.current.layoutKey).not.toBe(loadingKey);
  });

  it('keeps the defaults when the company layout cannot be read', async () => {
    const store = memoryCompanyLayoutStore(COMPANY);
    store.failNextLoad(new SalesforceError({ code: 'INSUFFICIENT_ACCESS_OR_READONLY', status: 403 }));
    const load = vi.spyOn(store, 'load');
    const { result } = renderLayouts(store);
    await waitFor(() => expect(load).toHaveBeenCalled());
    // Let the rejection settle: a hook that threw would fail the render here.
    await new Promise((settled) => setTimeout(settled, 0));
    expect(result.current.layoutFor(contact)).toEqual(defaultLayout(contact));
  });

  it('adds my own changes on top of the company layout, and only for me', async () => {
    writeMyLayouts({ orgKey: TEST_ORG_KEY, teammateId: agent.id }, { Contact: { added: ['Birthdate'], hidden: ['Email'] } });
    const mine = renderLayouts(memoryCompanyLayoutStore(COMPANY));
    await waitFor(() => expect(mine.result.current.layoutFor(contact)).toEqual(['Name', 'Department', 'Birthdate']));

    const someoneElse = renderLayouts(memoryCompanyLayoutStore(COMPANY), contextOf({ ...agent, id: 'tea_other' }));
    await waitFor(() => expect(someoneElse.result.current.layoutFor(contact)).toEqual(['Name', 'Email', 'Department']));
    expect(someoneElse.result.current.layoutKey).not.toBe(mine.result.current.layoutKey);
  });

  it('starts from the company layout this browser saw last, before the org answers', async () => {
    const first = renderLayouts(memoryCompanyLayoutStore(COMPANY));
    await waitFor(() => expect(first.result.current.layoutFor(contact)).toEqual(['Name', 'Email', 'Department']));
    first.unmount();
    const { result } = renderLayouts(slowStore(COMPANY).store);
    expect(result.current.layoutFor(contact)).toEqual(['Name', 'Email', 'Department']);
  });

  it('keeps Notes on their fixed fields', async () => {
    const note = standardDescribe('Note');
    const { result } = renderLayouts(memoryCompanyLayoutStore(COMPANY));
    await waitFor(() => expect(result.current.layoutFor(contact)).toEqual(['Name', 'Email', 'Department']));
    expect(result.current.layoutFor(note)).toEqual(defaultLayout(note));
  });
});
