// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { connectTo } from '../../../test/salesforce/support';
import { c, createSalesforceClient, soql } from '../../salesforce';
import { lightningRecordUrl } from './record-url';
import { RelatedList, type RelatedListProps } from './related-list';
import { fakeDescribe } from './test-support/describes';
import { loadForDisplay } from './test-support/org-records';

const fakeOrg = withFakeOrg();
afterEach(cleanup);

const OPPORTUNITY_LAYOUT = ['Name', 'StageName', 'Amount', 'CloseDate', 'Probability', 'OwnerId'];
const EXPANSION = 'Acme Robotics - Warehouse Fleet Expansion';

async function acmeOpportunities() {
  const client = createSalesforceClient(connectTo(fakeOrg()));
  const { records } = await client.query(soql.select(['Id']).from('Account').where(c.eq('Name', 'Acme Robotics')));
  const acmeId = records[0]?.Id;
  if (typeof acmeId !== 'string') throw new Error('Acme Robotics is missing from the fake org');
  return loadForDisplay(client, 'Opportunity', OPPORTUNITY_LAYOUT, { field: 'AccountId', equals: acmeId });
}

const recordUrl = (id: string) => lightningRecordUrl(fakeOrg().instanceUrl, 'Opportunity', id);

/** Acme Robotics' opportunities as the panel lists them, with `props` on top. */
async function renderAcmeOpportunities(props: Partial<RelatedListProps> = {}) {
  const { describe: opportunityDescribe, records } = await acmeOpportunities();
  const onOpenUrl = vi.fn();
  render(
    <RelatedList
      title="Opportunities"
      describe={opportunityDescribe}
      records={records}
      fields={OPPORTUNITY_LAYOUT}
      onOpenUrl={onOpenUrl}
      recordUrl={recordUrl}
      {...props}
    />,
  );
  return { records, onOpenUrl };
}

describe('RelatedList', () => {
  it('titles the section with its count and shows each record in two lines', async () => {
    await renderAcmeOpportunities();

    const section = screen.getByRole('region', { name: 'Opportunities (3)' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const expansion = items.find((item) => item.textContent.startsWith(EXPANSION));
    // The secondary line: the next three non-empty fields, each labelled for screen readers.
    expect(expansion?.textContent).toMatch(/^Acme Robotics - Warehouse Fleet ExpansionStage: Negotiation\/Review · Amount: \$185,000\.00 · Close Date: \w{3} \d{1,2}, \d{4}/);
  });

  it('counts a list Salesforce holds more of as "3+", and opens its View All page through the host', async () => {
    const moreUrl = `${fakeOrg().instanceUrl}/lightning/r/Account/001000000000001AAA/related/Opportunities/view`;
    const { onOpenUrl } = await renderAcmeOpportunities({ moreUrl });

    const section = screen.getByRole('region', { name: 'Opportunities (3+)' });
    await userEvent.click(within(section).getByRole('link', { name: 'View all Opportunities in Salesforce' }));
    expect(onOpenUrl).toHaveBeenCalledWith(moreUrl);
  });

  it('opens a record in Salesforce through the host', async () => {
    const { records, onOpenUrl } = await renderAcmeOpportunities();

    await userEvent.click(screen.getByRole('button', { name: `Open ${EXPANSION} in Salesforce` }));

    const expansion = records.find((record) => record.Name === EXPANSION);
    expect(onOpenUrl).toHaveBeenCalledExactlyOnceWith(recordUrl(String(expansion?.Id)));
  });

  it('offers the list its own actions and each record its own, outside the toggle', async () => {
    const onNew = vi.fn();
    const onEdit = vi.fn();
    const { records } = await renderAcmeOpportunities({
      actions: <button type="button" onClick={onNew}>New Opportunity</button>,
      itemActions: (record) => <button type="button" onClick={() => void onEdit(record.Id)}>Edit {String(record.Name)}</button>,
    });

    await userEvent.click(screen.getByRole('button', { name: 'New Opportunity' }));
    await userEvent.click(screen.getByRole('button', { name: `Edit ${EXPANSION}` }));

    expect(onNew).toHaveBeenCalledOnce();
    const expansion = records.find((record) => record.Name === EXPANSION);
    expect(onEdit).toHaveBeenCalledExactlyOnceWith(expansion?.Id);
    // Using an action does not collapse the list.
    expect(screen.getByRole('button', { name: 'Opportunities (3)' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('collapses and expands', async () => {
    await renderAcmeOpportunities();
    const toggle = screen.getByRole('button', { name: 'Opportunities (3)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    await userEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list')).toBeNull();

    await userEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('can start collapsed', async () => {
    await renderAcmeOpportunities({ defaultOpen: false });

    expect(screen.getByRole('button', { name: 'Opportunities (3)' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('says so when there is nothing to list', () => {
    render(
      <RelatedList title="Open cases" describe={fakeDescribe('Case')} records={[]} fields={['CaseNumber']} onOpenUrl={vi.fn()} recordUrl={recordUrl} emptyText="No open cases" />,
    );

    const section = screen.getByRole('region', { name: 'Open cases (0)' });
    expect(within(section).getByText('No open cases')).toBeTruthy();
    expect(within(section).queryByRole('list')).toBeNull();
  });
});
