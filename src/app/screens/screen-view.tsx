import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ConnectionSettings } from '../../features/auth';
import { ConvertLeadScreen } from '../../features/convert-lead';
import { CreateRecordScreen, EditRecordScreen } from '../../features/edit';
import { FieldSettingsScreen, useLayouts } from '../../features/layouts';
import { LogEmailScreen } from '../../features/log-email';
import { useSalesforce } from '../../salesforce';
import type { PanelScreen } from './panel-screen';
import { useScreens } from './screens-context';

/** The open screen; each one's code arrives on first use, usually before the agent notices. */
export function ScreenView({ screen }: { screen: PanelScreen }) {
  return (
    <Suspense fallback={<p className="app-message" role="status">Opening…</p>}>
      <OpenScreen screen={screen} />
    </Suspense>
  );
}

/** The open screen, wired to the panel: finishing one refreshes what the panel shows and returns to it. */
function OpenScreen({ screen }: { screen: PanelScreen }) {
  const { close, showRecord, replaceRecord } = useScreens();
  const { orgKey } = useSalesforce();
  const queryClient = useQueryClient();
  const { layoutFor } = useLayouts();
  const done = () => {
    // Everything the panel shows for any sender may hold the changed record (a Contact's Account, a Case…).
    void queryClient.invalidateQueries({ queryKey: ['salesforce', orgKey, 'sender-panel'] });
    close();
  };

  switch (screen.kind) {
    case 'edit':
      return <EditRecordScreen sobject={screen.sobject} recordId={screen.recordId} layoutFor={layoutFor} onDone={done} onCancel={close} />;
    case 'create':
      return (
        <CreateRecordScreen
          sobject={screen.sobject}
          defaults={screen.defaults}
          lookupNames={screen.lookupNames}
          layoutFor={layoutFor}
          onDone={done}
          onCancel={close}
          onOpenExisting={(existing) => {
            close();
            showRecord(existing);
          }}
        />
      );
    case 'convert':
      return (
        <ConvertLeadScreen
          leadId={screen.leadId}
          hint={screen.hint}
          onDone={({ contactId }) => {
            done();
            replaceRecord(screen.leadId, { sobject: 'Contact', id: contactId });
          }}
          onCancel={close}
        />
      );
    case 'log-email':
      return <LogEmailScreen target={screen.target} onDone={done} onCancel={close} />;
    case 'settings':
      return <FieldSettingsScreen onClose={done} extra={<ConnectionSettings />} />;
  }
}
