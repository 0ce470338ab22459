import { useState, type ReactNode } from 'react';
import { useHostContext, type HostTeammate } from '../../host';
import type { SObjectDescribe } from '../../salesforce';
import { ActionError, Screen } from '../../ui';
import { ChosenFields } from './chosen-fields';
import { CompanyLayoutNote } from './company-layout-note';
import { FieldCatalog } from './field-catalog';
import { LayoutScopePicker, type LayoutScope } from './layout-scope';
import { ObjectPicker } from './object-picker';
import { useReloadDescribes } from './reload-describes';
import { settingsObjectGroups } from './settings-objects';
import { useFieldSettings } from './use-field-settings';
import { useSettingsDescribes } from './use-settings-describes';
import './layouts.css';

export interface FieldSettingsScreenProps {
  /** Back to the panel; also called once a save succeeded. */
  readonly onClose: () => void;
  /** More settings the app puts below the fields (the Salesforce connection). */
  readonly extra?: ReactNode;
}

const TITLE = 'Field settings';

/** The gear's screen: which fields each object's card shows, for me ("Save") or for everyone ("Save for all"). */
export function FieldSettingsScreen({ onClose, extra }: FieldSettingsScreenProps) {
  const teammate = useHostContext()?.teammate;
  if (!teammate) {
    return (
      <Screen title={TITLE} onBack={onClose}>
        <p className="layouts-message" role="status">Connecting to Front…</p>
        {extra}
      </Screen>
    );
  }
  return <FieldSettings teammate={teammate} onClose={onClose} extra={extra} />;
}

function FieldSettings({ teammate, onClose, extra }: { teammate: HostTeammate; onClose: () => void; extra: ReactNode }) {
  const loaded = useSettingsDescribes();
  const [chosenScope, setScope] = useState<LayoutScope>('mine');
  const scope = teammate.isAdmin ? chosenScope : 'mine';
  const settings = useFieldSettings(teammate, loaded.describes, scope);
  const reload = useReloadDescribes();
  const [picked, setPicked] = useState('Contact');
  const [notice, setNotice] = useState('');
  const groups = settingsObjectGroups(loaded.describes);
  const available = groups.flatMap((group) => group.objects.map((object) => object.name));
  const selected = available.includes(picked) ? picked : available[0];
  const describe = selected ? loaded.describes[selected] : undefined;
  const busy = settings.updateMine.isPending || settings.saveForAll.isPending;

  const reloadAll = () => reload.mutate(undefined, { onSuccess: () => setNotice('Objects and fields reloaded from Salesforce.') });
  const saveForAll = (current: SObjectDescribe) => settings.saveForEveryone(current, onClose);
  const reset = (current: SObjectDescribe) =>
    settings.reset(current.name, () => setNotice(`${current.label} fields now follow the company layout.`));

  // Each layout has its own way to keep it: the footer never offers to save the one not in view.
  const footer =
    describe &&
    (scope === 'company' ? (
      <button
        type="button"
        className="ui-button ui-button-primary"
        disabled={busy || settings.company.isPending}
        onClick={() => saveForAll(describe)}
      >
        Save for all
      </button>
    ) : (
      <>
        <button
          type="button"
          className="ui-button ui-button-primary"
          disabled={busy || settings.company.isPending}
          onClick={() => settings.save(describe, onClose)}
        >
          Save
        </button>
        <button type="button" className="ui-button" disabled={busy} onClick={() => reset(describe)}>
          Reset to company layout
        </button>
      </>
    ));

  return (
    <Screen title={TITLE} subtitle="Choose the fields each card shows." onBack={onClose} footer={footer}>
      <LayoutScopePicker isAdmin={teammate.isAdmin} scope={scope} onChange={setScope} />
      <div className="layouts-object-row">
        {groups.length > 0 && selected && <ObjectPicker groups={groups} value={selected} onChange={setPicked} />}
        <button type="button" className="ui-link-button" disabled={reload.isPending} onClick={reloadAll}>
          Reload custom fields
        </button>
      </div>
      <p className="layouts-message" role="status">
        {reload.isPending ? 'Reloading objects and fields…' : busy ? 'Saving…' : notice}
      </p>
      {reload.isError && <ActionError error={reload.error} onRetry={reloadAll} />}
      <CompanyLayoutNote query={settings.company} />
      {loaded.error && <ActionError error={loaded.error} onRetry={loaded.retry} />}
      {loaded.isPending && <p className="layouts-message" role="status">Loading fields…</p>}
      {describe && (
        <>
          <ChosenFields describe={describe} fields={settings.fieldsOf(describe)} onChange={(fields) => settings.setFields(describe.name, fields)} />
          <FieldCatalog
            key={`${scope}:${describe.name}`}
            describe={describe}
            chosen={settings.fieldsOf(describe)}
            onToggle={(field, shown) => settings.toggleField(describe, field, shown)}
          />
        </>
      )}
      {settings.updateMine.isError && <ActionError error={settings.updateMine.error} />}
      {settings.saveForAll.isError && describe && <ActionError error={settings.saveForAll.error} onRetry={() => saveForAll(describe)} />}
      {extra}
    </Screen>
  );
}
