// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it} from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import { prefillForPerson } from './prefill';
import { openCreateScreen, requestPaths, seeded } from './test-support/edit-harness';

const harness = withFakeOrg();
const withEmail = (sobject: string, email: string) =>
  harness().org.records.all(sobject).filter((record) => String(record.Email).toLowerCase() === email.toLowerCase());

describe('CreateRecordScreen for a person who may already exist', () => {
  it('finds a Contact with the same email in one call and offers to open it instead', async () => {
    const maya = seeded(harness(), 'Contact', (record) => record.Email === SEED_PEOPLE.rich.email);
    const typed = SEED_PEOPLE.rich.email.toUpperCase();
    const { user, onOpenExisting, onDone } = await openCreateScreen(harness(), 'Contact', {
      defaults: prefillForPerson('Contact', { email: typed, name: 'Maya Chen' }),
    });
    const paths = requestPaths(harness());

    await user.click(screen.getByRole('button', { name: 'Create' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('A Contact named Maya Chen already has this email.');
    expect(paths).toEqual([expect.stringMatching(/\/composite$/)]);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue(typed);

    await user.click(within(notice).getByRole('button', { name: 'Open it instead' }));

    expect(onOpenExisting).toHaveBeenCalledWith({ sobject: 'Contact', id: maya.Id });
    expect(onDone).not.toHaveBeenCalled();
    expect(withEmail('Contact', typed)).toHaveLength(1);
  });

  it('finds a Contact by phone however it is written, and creates the Lead anyway when asked', async () => {
    const { user, onDone } = await openCreateScreen(harness(), 'Lead', {
      defaults: { ...prefillForPerson('Lead', { phone: '+1 415 555 0199', name: 'Priya Patel' }), Company: 'Nimbus' },
    });

    await user.click(screen.getByRole('button', { name: 'Create' }));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('A Contact named Priya Patel already has this phone number.');

    await user.click(within(notice).getByRole('button', { name: 'Create anyway' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const [created] = onDone.mock.calls[0] as [{ sobject: string; id: string }];
    expect(harness().org.records.get(created.id)).toMatchObject({ LastName: 'Patel', Phone: '+1 415 555 0199', Company: 'Nimbus' });
  });

  it('lists both the Contact and the Lead holding the email', async () => {
    const { email } = SEED_PEOPLE.contactAndLead;
    const { user } = await openCreateScreen(harness(), 'Lead', { defaults: prefillForPerson('Lead', { email, name: 'Sam Rivera' }) });

    await user.click(screen.getByRole('button', { name: 'Create' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('A Contact named Sam Rivera already has this email.');
    expect(notice).toHaveTextContent('A Lead named Sam Rivera already has this email.');
    expect(within(notice).getAllByRole('button', { name: 'Open it instead' })).toHaveLength(2);
  });

  it("offers the same choice when the org's duplicate rule refuses the save, and saves anyway with its permission", async () => {
    const email = 'jordan.lee@brightwave.example';
    const { user, onDone, onOpenExisting } = await openCreateScreen(harness(), 'Contact', {
      defaults: prefillForPerson('Contact', { email, name: 'Jordan Lee' }),
    });
    // A teammate creates the same person between the sidebar's check and its save.
    const teammate = { id: '' };
    const createTeammatesContact = ({ request }: { request: Request }) => {
      if (!request.url.endsWith('/composite') || teammate.id) return;
      teammate.id = harness().org.insertTrusted('Contact', { FirstName: 'Jordan', LastName: 'Lee', Email: email }).Id;
    };
    harness().server.events.on('response:mocked', createTeammatesContact);

    await user.click(screen.getByRole('button', { name: 'Create' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('A Contact named Jordan Lee already has this email.');
    expect(withEmail('Contact', email)).toHaveLength(1);
    harness().server.events.removeListener('response:mocked', createTeammatesContact);

    await user.click(within(notice).getByRole('button', { name: 'Open it instead' }));
    expect(onOpenExisting).toHaveBeenCalledWith({ sobject: 'Contact', id: teammate.id });

    await user.click(within(notice).getByRole('button', { name: 'Create anyway' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(withEmail('Contact', email)).toHaveLength(2);
  });
});
