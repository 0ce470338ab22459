import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderWithOrg, type RenderWithOrgOptions } from '../../../../test/support/render-with-org';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import type { SuggestionHint } from '../account-suggestions';
import { ConvertLeadScreen } from '../convert-lead-screen';

type Row = Record<string, unknown> & { Id: string };

export function seededLead(harness: FakeOrgHarness, lastName: string): Row {
  const lead = harness.org.records.all('Lead').find((record) => record.LastName === lastName);
  if (!lead) throw new Error(`No seeded Lead named ${lastName}`);
  return lead;
}

export function seededRecord(harness: FakeOrgHarness, sobject: string, name: string): Row {
  const record = harness.org.records.all(sobject).find((candidate) => candidate.Name === name);
  if (!record) throw new Error(`No seeded ${sobject} named ${name}`);
  return record;
}

/** What the panel passes: the Lead's company and email as its card shows them. */
export function panelHint(lead: Row): SuggestionHint {
  return { company: String(lead.Company), email: String(lead.Email) };
}

/** The convert screen for a seeded Lead, rendered as the app renders it. */
export async function openConvertScreen(harness: FakeOrgHarness, lastName: string, options: RenderWithOrgOptions & { hint?: boolean } = {}) {
  const lead = seededLead(harness, lastName);
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const hint = options.hint === false ? undefined : panelHint(lead);
  const view = renderWithOrg(<ConvertLeadScreen leadId={lead.Id} hint={hint} onDone={onDone} onCancel={onCancel} />, harness, options);
  await screen.findByRole('heading', { name: 'Convert lead' });
  return { ...view, lead, onDone, onCancel, user: userEvent.setup() };
}

/** Waits for the form (the Lead and statuses loaded). */
export function convertButton() {
  return screen.findByRole('button', { name: 'Convert' });
}

/** The Lead as the org holds it now. */
export function leadNow(harness: FakeOrgHarness, id: string): Row {
  const lead = harness.org.records.get(id);
  if (!lead) throw new Error(`Lead ${id} is gone`);
  return lead;
}
