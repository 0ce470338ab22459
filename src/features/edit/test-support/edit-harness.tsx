import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished, vi } from 'vitest';
import { renderWithOrg, type RenderWithOrgOptions } from '../../../../test/support/render-with-org';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import type { SObjectDescribe } from '../../../salesforce';
import { CreateRecordScreen, type CreateRecordScreenProps } from '../create-record-screen';
import { EditRecordScreen } from '../edit-record-screen';

type Row = Record<string, unknown> & { Id: string };

// Forms as an admin might lay out cards: editable fields, a lookup and a read-only audit field.
const LAYOUTS: Readonly<Record<string, readonly string[]>> = {
  Contact: ['Name', 'Title', 'AccountId', 'Email', 'Phone', 'CreatedDate'],
  Lead: ['Name', 'Company', 'Email', 'Phone', 'Status'],
  Account: ['Name', 'Industry', 'Website'],
  Opportunity: ['Name', 'StageName', 'Amount', 'CloseDate'],
  Task: ['Subject', 'ActivityDate', 'WhoId'],
  Note: ['Title', 'Body'],
  Support_Plan__c: ['Name', 'Tier__c', 'Seats__c', 'Active__c'],
  Account_Service_Request__c: ['Name', 'Status__c', 'Due_Date__c'],
};

export function testLayoutFor(describe: SObjectDescribe): readonly string[] {
  return LAYOUTS[describe.name] ?? ['Name'];
}

export function seeded(harness: FakeOrgHarness, sobject: string, matches: (record: Row) => boolean): Row {
  const record = harness.org.records.all(sobject).find(matches);
  if (!record) throw new Error(`No seeded ${sobject} like that`);
  return record;
}

/** The record as the org holds it now. */
export function held(harness: FakeOrgHarness, id: string): Row {
  const record = harness.org.records.get(id);
  if (!record) throw new Error(`${id} is gone`);
  return record;
}

/** Paths of the requests the client sends from now on (describes included). */
export function requestPaths(harness: FakeOrgHarness): string[] {
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => void paths.push(new URL(request.url).pathname);
  harness.server.events.on('request:start', listener);
  onTestFinished(() => harness.server.events.removeListener('request:start', listener));
  return paths;
}

/**
 * The API calls the org receives from now on that are not describes, which go alone or several to a composite.
 * Read the result once the screen has loaded.
 */
export function callsBesidesDescribes(harness: FakeOrgHarness): () => Promise<string[]> {
  const seen: Promise<string | undefined>[] = [];
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/describe')) return;
    if (!path.endsWith('/composite')) return void seen.push(Promise.resolve(path));
    const onlyDescribes = (body: { compositeRequest: { url: string }[] }) => body.compositeRequest.every((item) => item.url.endsWith('/describe'));
    seen.push(
      request
        .clone()
        .json()
        .then((body: { compositeRequest: { url: string }[] }) => (onlyDescribes(body) ? undefined : path)),
    );
  };
  harness.server.events.on('request:start', listener);
  onTestFinished(() => harness.server.events.removeListener('request:start', listener));
  return async () => (await Promise.all(seen)).filter((path): path is string => path !== undefined);
}

/** Another user's edit, a couple of seconds after the form loaded (If-Unmodified-Since has 1 s resolution). */
export function teammateEdits(harness: FakeOrgHarness, id: string, values: Record<string, unknown>): void {
  harness.org.advanceClock(2000);
  harness.org.updateTrusted(id, values);
}

/** The edit screen for a record, waited for until its form shows. */
export async function openEditScreen(harness: FakeOrgHarness, sobject: string, recordId: string, options: RenderWithOrgOptions = {}) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const view = renderWithOrg(
    <EditRecordScreen sobject={sobject} recordId={recordId} layoutFor={testLayoutFor} onDone={onDone} onCancel={onCancel} />,
    harness,
    options,
  );
  await screen.findByRole('button', { name: 'Save' });
  return { ...view, onDone, onCancel, user: userEvent.setup() };
}

type CreateProps = Partial<Omit<CreateRecordScreenProps, 'sobject'>>;

/** The create screen for an object, waited for until its form shows. */
export async function openCreateScreen(harness: FakeOrgHarness, sobject: string, props: CreateProps = {}, options: RenderWithOrgOptions = {}) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const onOpenExisting = vi.fn();
  const view = renderWithOrg(
    <CreateRecordScreen
      sobject={sobject}
      layoutFor={testLayoutFor}
      onDone={onDone}
      onCancel={onCancel}
      onOpenExisting={onOpenExisting}
      {...props}
    />,
    harness,
    options,
  );
  await screen.findByRole('button', { name: 'Create' });
  return { ...view, onDone, onCancel, onOpenExisting, user: userEvent.setup() };
}
