import { useId } from 'react';
import { FormField, LookupInput } from '../../ui';
import type { AccountOption } from './account-suggestions';
import { NEW_ACCOUNT, OTHER_ACCOUNT, type AccountChoice as Choice } from './convert-form';
import type { LookupOption } from '../../ui';

interface AccountChoiceProps {
  company: string;
  suggestions: readonly AccountOption[];
  choice: Choice;
  otherAccount: LookupOption | undefined;
  onChoose: (choice: Choice) => void;
  onChooseOther: (account: LookupOption | undefined) => void;
  searchAccounts: (term: string) => Promise<LookupOption[]>;
  error?: string;
  disabled: boolean;
}

function accountDetail(account: AccountOption): string {
  return [account.city, account.website?.replace(/^https?:\/\//i, '').replace(/\/$/, '')].filter(Boolean).join(' · ');
}

/** Create the Account from the Lead's company, or convert into a suggested or searched existing one. */
export function AccountChoice(props: AccountChoiceProps) {
  const { company, suggestions, choice, otherAccount, onChoose, onChooseOther, searchAccounts, error, disabled } = props;
  const name = useId();
  const radio = (value: Choice) => ({
    type: 'radio' as const,
    name,
    value,
    checked: choice === value,
    disabled,
    onChange: () => onChoose(value),
  });
  return (
    <fieldset className="convert-lead-fieldset">
      <legend className="ui-field-label">Account</legend>
      <label className="convert-lead-option">
        <input {...radio(NEW_ACCOUNT)} />
        <span>Create new account: {company}</span>
      </label>
      {suggestions.map((account) => (
        <label key={account.id} className="convert-lead-option">
          <input {...radio(account.id)} />
          <span>
            Use {account.name}
            {accountDetail(account) && <span className="convert-lead-option-detail">{accountDetail(account)}</span>}
          </span>
        </label>
      ))}
      <label className="convert-lead-option">
        <input {...radio(OTHER_ACCOUNT)} />
        <span>Use another existing account</span>
      </label>
      {choice === OTHER_ACCOUNT && (
        <FormField label="Existing account" required error={error}>
          {(control) => (
            <LookupInput control={control} selected={otherAccount} onSelect={onChooseOther} search={searchAccounts} placeholder="Search accounts" disabled={disabled} />
          )}
        </FormField>
      )}
      {choice !== OTHER_ACCOUNT && error && <p className="ui-field-error">{error}</p>}
    </fieldset>
  );
}
