import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { isSalesforceError, useSalesforce, type ConvertLeadInput } from '../../salesforce';
import { ActionError, FormField, LookupInput, Screen, useFocusFirstInvalid } from '../../ui';
import { AccountChoice } from './account-choice';
import { checkForm, initialForm, serverFieldErrors, toConvertInput, type ConvertForm, type ConvertFormErrors } from './convert-form';
import type { ConvertLeadData } from './convert-lead-data';
import { useLookupSearches } from './lookup-searches';

export interface ConvertedLead {
  readonly contactId: string;
  readonly accountId: string;
  readonly opportunityId: string | null;
}

interface ConvertLeadFormProps {
  data: ConvertLeadData;
  onDone: (result: ConvertedLead) => void;
  onCancel: () => void;
}

const OWNER_HINT = 'Owns the new account, contact and opportunity.';
const EMPTY_OWNER_HINT = 'Left empty, you own the new account, contact and opportunity.';

/** The convert form: status, Account, Opportunity and owner, then SOAP convertLead. */
export function ConvertLeadForm({ data, onDone, onCancel }: ConvertLeadFormProps) {
  const { client } = useSalesforce();
  const { searchAccounts, searchUsers } = useLookupSearches();
  const formId = useId();
  const [form, setForm] = useState<ConvertForm>(() => initialForm(data));
  const [errors, setErrors] = useState<ConvertFormErrors>({});
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const convert = useMutation({
    mutationFn: (input: ConvertLeadInput) => client.convertLead(input),
    onSuccess: ({ contactId, accountId, opportunityId }) => onDone({ contactId, accountId, opportunityId }),
    onError: (error) => {
      if (!isSalesforceError(error)) return;
      setErrors(serverFieldErrors(error));
      focusFirstInvalid();
    },
  });

  const change = (changes: Partial<ConvertForm>) => setForm((current) => ({ ...current, ...changes }));
  const submit = () => {
    const found = checkForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    convert.mutate(toConvertInput(data.lead.id, form));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  const busy = convert.isPending;

  const footer = (
    <>
      <button type="submit" form={formId} className="ui-button ui-button-primary" disabled={busy}>
        {busy ? 'Converting…' : 'Convert'}
      </button>
      <button type="button" className="ui-button" onClick={onCancel}>
        Cancel
      </button>
    </>
  );

  return (
    <Screen title="Convert lead" subtitle={data.lead.name} onBack={onCancel} footer={footer}>
      <form id={formId} ref={formRef} className="convert-lead-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        {convert.isError && <ActionError error={convert.error} onRetry={submit} />}
        <FormField label="Converted status" required error={errors.status}>
          {(control) => (
            <select {...control} className="ui-input" value={form.status} disabled={busy} onChange={(event) => change({ status: event.target.value })}>
              {data.statuses.map((status) => (
                <option key={status.label} value={status.label}>
                  {status.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <AccountChoice
          company={data.lead.company}
          suggestions={data.suggestions}
          choice={form.account}
          otherAccount={form.otherAccount}
          onChoose={(account) => change({ account })}
          onChooseOther={(otherAccount) => change({ otherAccount })}
          searchAccounts={searchAccounts}
          error={errors.account}
          disabled={busy}
        />
        <label className="ui-checkbox-row">
          <input type="checkbox" checked={form.skipOpportunity} disabled={busy} onChange={(event) => change({ skipOpportunity: event.target.checked })} />
          Don't create an opportunity
        </label>
        <FormField label="Opportunity name" required={!form.skipOpportunity} error={form.skipOpportunity ? undefined : errors.opportunityName}>
          {(control) => (
            <input
              {...control}
              className="ui-input"
              value={form.opportunityName}
              disabled={busy || form.skipOpportunity}
              onChange={(event) => change({ opportunityName: event.target.value })}
            />
          )}
        </FormField>
        <FormField label="Record owner" hint={form.owner ? OWNER_HINT : EMPTY_OWNER_HINT} error={errors.owner}>
          {(control) => (
            <LookupInput control={control} selected={form.owner} onSelect={(owner) => change({ owner })} search={searchUsers} placeholder="Search users" disabled={busy} />
          )}
        </FormField>
      </form>
    </Screen>
  );
}
