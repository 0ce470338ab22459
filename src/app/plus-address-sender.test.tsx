// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../test/support/fake-org';
import { renderWithOrg, staticHost, TEST_ORG_KEY } from '../../test/support/render-with-org';
import { SEED_PEOPLE } from '../fake-org/seed/default/seed-people';
import { choiceStorageKey } from '../features/matching';
import { conversation, recipient } from '../features/matching/test-support/host-fixtures';
import { Panel } from './panel';

const fakeOrg = withFakeOrg();
const INSTANCE_URL = 'https://demo.my.salesforce.com';
const MAYA_BILLING = 'maya.chen+billing@acme.example';
const MAYA_QUESTION = `Is this Maya Chen, ${SEED_PEOPLE.rich.email}?`;
// The first answer waits for describes and the panel's call through jsforce and msw: slow on a busy machine.
const LOADED = { timeout: 5_000 };

function renderPanelFor(address: string, harness = fakeOrg()) {
  const host = staticHost(conversation(recipient(address, 'email', 'Maya Chen')));
  return renderWithOrg(<Panel instanceUrl={INSTANCE_URL} />, harness, { host });
}

const mayaId = (harness: ReturnType<typeof fakeOrg>) =>
  harness.org.records.all('Contact').find((contact) => contact.Email === SEED_PEOPLE.rich.email)?.Id;

beforeEach(() => localStorage.clear());

describe('a sender writing from a plus-tagged address', () => {
  it('is asked about before anything is offered to create, and confirming shows Maya with her account', async () => {
    const user = userEvent.setup();
    const harness = fakeOrg();
    renderPanelFor(MAYA_BILLING, harness);

    const question = await screen.findByRole('region', { name: MAYA_QUESTION }, LOADED);
    expect(question.textContent).toContain(`Nobody in Salesforce uses ${MAYA_BILLING}.`);
    expect(question.textContent).toContain('Contact');
    expect(screen.queryByRole('button', { name: 'Create Contact' })).toBeNull();

    await user.click(within(question).getByRole('button', { name: 'Yes, show Maya Chen' }));

    const maya = screen.getByRole('article', { name: 'Maya Chen' });
    expect(within(maya).getByRole('link', { name: SEED_PEOPLE.rich.email })).toBeInTheDocument();
    // She is who wrote, so the conversation can be logged to her although her own address is not on it.
    expect(within(maya).getByRole('button', { name: 'Log email to Maya Chen' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: SEED_PEOPLE.rich.account })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: MAYA_QUESTION })).toBeNull();
    expect(localStorage.getItem(choiceStorageKey(TEST_ORG_KEY, `email:${MAYA_BILLING}`))).toBe(mayaId(harness));
    expect(harness.org.records.all('Contact').filter((contact) => String(contact.LastName) === 'Chen')).toHaveLength(1);
  });

  it('remembers the confirmation, and "Not this person?" asks again', async () => {
    const user = userEvent.setup();
    const harness = fakeOrg();
    localStorage.setItem(choiceStorageKey(TEST_ORG_KEY, `email:${MAYA_BILLING}`), String(mayaId(harness)));
    renderPanelFor(MAYA_BILLING, harness);

    const maya = await screen.findByRole('article', { name: 'Maya Chen' }, LOADED);
    await user.click(within(maya).getByRole('button', { name: 'Not this person? Choose another' }));

    expect(screen.getByRole('region', { name: MAYA_QUESTION })).toBeInTheDocument();
  });

  it('declining offers the usual options, with the account of the domain, and Create Contact keeps the tagged address', async () => {
    const user = userEvent.setup();
    renderPanelFor(MAYA_BILLING);

    await user.click(await screen.findByRole('button', { name: 'No, someone else' }, LOADED));

    expect(screen.getByText(`No Contact or Lead for ${MAYA_BILLING}`)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: SEED_PEOPLE.rich.account })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Maya Chen' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create Contact' }));

    const form = await screen.findByRole('region', { name: 'New Contact' }, LOADED);
    expect(within(form).getByRole('textbox', { name: 'Email' })).toHaveValue(MAYA_BILLING);
  });

  it('remembers the decline, and can ask again', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPanelFor(MAYA_BILLING);
    await user.click(await screen.findByRole('button', { name: 'No, someone else' }, LOADED));
    unmount();

    renderPanelFor(MAYA_BILLING);
    expect(await screen.findByRole('button', { name: 'Create Contact' }, LOADED)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Show who uses ${SEED_PEOPLE.rich.email}` }));

    expect(screen.getByRole('region', { name: MAYA_QUESTION })).toBeInTheDocument();
  });

  it('lets the agent choose among several people using the base address, or none of them', async () => {
    const user = userEvent.setup();
    renderPanelFor('accounts+ap@orchardfoods.example');

    const chooser = await screen.findByRole('region', { name: `Is this one of the 2 people using ${SEED_PEOPLE.sharedEmail.email}?` }, LOADED);
    await user.click(within(chooser).getByRole('button', { name: /Lee Park/ }));
    expect(screen.getByRole('article', { name: 'Lee Park' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Not this person? Choose another' }));
    await user.click(screen.getByRole('button', { name: 'No, none of them' }));
    expect(screen.getByRole('button', { name: 'Create Contact' })).toBeInTheDocument();
  });

  it('shows whoever uses the tagged address itself without asking', async () => {
    const harness = fakeOrg();
    harness.org.insertTrusted('Contact', { FirstName: 'Billing', LastName: 'Desk', Email: MAYA_BILLING });
    renderPanelFor(MAYA_BILLING, harness);

    expect(await screen.findByRole('article', { name: 'Billing Desk' }, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: MAYA_QUESTION })).toBeNull();
  });
});
