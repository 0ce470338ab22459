// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { withFakeOrg } from '../../../test/support/fake-org';
import { connectTo } from '../../../test/salesforce/support';
import { createSalesforceClient } from '../../salesforce';
import { RecordCard } from './record-card';
import { lightningRecordUrl } from './record-url';
import { fakeDescribe, sfRecord, withField } from './test-support/describes';
import { loadForDisplay } from './test-support/org-records';

const fakeOrg = withFakeOrg();
afterEach(cleanup);

const CONTACT_LAYOUT = ['Name', 'Title', 'AccountId', 'Email', 'Phone', 'MobilePhone', 'LeadSource', 'OwnerId'];

async function loadContact(email: string) {
  const client = createSalesforceClient(connectTo(fakeOrg()));
  const { describe, records } = await loadForDisplay(client, 'Contact', CONTACT_LAYOUT, { field: 'Email', equals: email });
  const [record] = records;
  if (!record) throw new Error(`No Contact ${email} in the fake org`);
  return { describe, record };
}

/** The card's field list as the user reads it: label → value. */
function fieldsShown(card: HTMLElement): Record<string, string> {
  const rows = [...card.querySelectorAll('dl > div')];
  return Object.fromEntries(rows.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']));
}

describe('RecordCard', () => {
  it("shows a Contact's layout with lookups by name and picklists by label", async () => {
    const { describe: contactDescribe, record } = await loadContact(SEED_PEOPLE.rich.email);
    const leadSource = contactDescribe.fields.find((field) => field.name === 'LeadSource');
    const relabelled = withField(contactDescribe, 'LeadSource', {
      picklistValues: (leadSource?.picklistValues ?? []).map((entry) => (entry.value === 'Web' ? { ...entry, label: 'Website form' } : entry)),
    });
    render(<RecordCard describe={relabelled} record={record} fields={CONTACT_LAYOUT} onOpenUrl={vi.fn()} salesforceUrl="https://example" />);

    const card = screen.getByRole('article', { name: 'Maya Chen' });
    expect(within(card).getByText('Contact')).toBeTruthy();
    expect(fieldsShown(card)).toEqual({
      Title: 'VP of Operations',
      Account: SEED_PEOPLE.rich.account,
      Email: SEED_PEOPLE.rich.email,
      'Business Phone': SEED_PEOPLE.rich.phone,
      'Mobile Phone': '(415) 555-0135',
      'Lead Source': 'Website form',
      Owner: 'Avery Admin',
    });
    expect(within(card).getByRole('link', { name: SEED_PEOPLE.rich.email }).getAttribute('href')).toBe(`mailto:${SEED_PEOPLE.rich.email}`);
  });

  it('hides empty fields instead of printing null', async () => {
    const { describe: contactDescribe, record } = await loadContact('marcus.johnson@acme.example');
    render(<RecordCard describe={contactDescribe} record={record} fields={CONTACT_LAYOUT} onOpenUrl={vi.fn()} salesforceUrl="https://example" />);

    const card = screen.getByRole('article', { name: 'Marcus Johnson' });
    const labels = Object.keys(fieldsShown(card));
    expect(labels).not.toContain('Business Phone');
    expect(labels).not.toContain('Mobile Phone');
    expect(labels).toContain('Title');
    expect(card.textContent).not.toMatch(/null|undefined/);
  });

  it('opens the record in Salesforce through the host', async () => {
    const { describe: contactDescribe, record } = await loadContact(SEED_PEOPLE.rich.email);
    const onOpenUrl = vi.fn();
    const url = lightningRecordUrl(fakeOrg().instanceUrl, 'Contact', String(record.Id));
    render(<RecordCard describe={contactDescribe} record={record} fields={CONTACT_LAYOUT} onOpenUrl={onOpenUrl} salesforceUrl={url} />);

    await userEvent.click(screen.getByRole('button', { name: 'Open Maya Chen in Salesforce' }));

    expect(onOpenUrl).toHaveBeenCalledExactlyOnceWith(url);
  });

  it('shows a badge instead of the object label, and the actions it is given', async () => {
    const { describe: contactDescribe, record } = await loadContact(SEED_PEOPLE.rich.email);
    render(
      <RecordCard
        describe={contactDescribe}
        record={record}
        fields={CONTACT_LAYOUT}
        onOpenUrl={vi.fn()}
        salesforceUrl="https://example"
        badge="Primary contact"
        actions={<button type="button">Edit Maya Chen</button>}
      />,
    );

    const card = screen.getByRole('article', { name: 'Maya Chen' });
    expect(within(card).getByText('Primary contact')).toBeTruthy();
    expect(within(card).queryByText('Contact')).toBeNull();
    expect(within(card).getByRole('button', { name: 'Edit Maya Chen' })).toBeTruthy();
  });

  it('titles a Case by number and subject without repeating them below', () => {
    const caseLayout = ['CaseNumber', 'Subject', 'Status', 'Priority'];
    const record = sfRecord('Case', {
      Id: '500000000000001AAA',
      CaseNumber: '00001026',
      Subject: 'Robot arm calibration drifts after firmware 4.2',
      Status: 'Working',
      Priority: 'High',
    });
    render(<RecordCard describe={fakeDescribe('Case')} record={record} fields={caseLayout} onOpenUrl={vi.fn()} salesforceUrl="https://example" />);

    const card = screen.getByRole('article', { name: '00001026 – Robot arm calibration drifts after firmware 4.2' });
    expect(fieldsShown(card)).toEqual({ Status: 'Working', Priority: 'High' });
  });
});
