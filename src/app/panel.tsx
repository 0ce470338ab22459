import { useCallback, useState } from 'react';
import { subjectKey, type Subject } from '../features/matching';
import { SearchBar } from '../features/search';
import { useHostContext, type HostContext } from '../host';
import { ConversationView } from './conversation-view';
import { HeaderActions } from './header-actions';
import type { ShownRecord } from './screens/panel-screen';
import { ScreensProvider, useScreens } from './screens/screens-context';
import { ScreenView } from './screens/screen-view';
import { SettingsButton } from './settings-button';
import { SubjectView } from './subject-view';

/** What the sidebar shows for the host's current context, or for a record opened from search. */
export function Panel({ instanceUrl }: { instanceUrl: string }) {
  const context = useHostContext();
  const identity = contextIdentity(context);
  const [opened, setOpened] = useState<{ subject: Subject; contextId?: string }>();
  // A record opened from search belongs to the conversation it was opened in: selecting another closes it,
  // and coming back shows that conversation's sender again.
  if (opened && opened.contextId !== identity) setOpened(undefined);
  const openedRecord = opened?.contextId === identity ? opened?.subject : undefined;
  const showRecord = useCallback(
    (record: ShownRecord) => setOpened({ subject: { kind: 'record', sobject: record.sobject, id: record.id, name: record.name }, contextId: identity }),
    [identity],
  );
  // A Lead opened from search and then converted is gone from Salesforce's point of view: show the Contact it became.
  const replaceRecord = useCallback(
    (replacedId: string, record: ShownRecord) =>
      setOpened((current) =>
        current?.subject.kind === 'record' && current.subject.id === replacedId
          ? { subject: { kind: 'record', sobject: record.sobject, id: record.id, name: record.name }, contextId: current.contextId }
          : current,
      ),
    [],
  );

  return (
    <ScreensProvider showRecord={showRecord} replaceRecord={replaceRecord}>
      <PanelOrScreen>
        <SearchBar onSelect={(hit) => showRecord({ sobject: hit.sobject, id: hit.id, name: hit.title })} />
        {openedRecord ? (
          <section aria-label="Search result" className="app-stack">
            <button type="button" className="app-link-button" onClick={() => setOpened(undefined)}>
              ← Back to the conversation
            </button>
            <SubjectView key={subjectKey(openedRecord)} subject={openedRecord} instanceUrl={instanceUrl} />
          </section>
        ) : (
          <ContextView context={context} instanceUrl={instanceUrl} />
        )}
      </PanelOrScreen>
    </ScreensProvider>
  );
}

/**
 * An open screen covers the panel, which stays mounted underneath (hidden) so that coming back finds the
 * conversation, the chosen participant and the search just as they were.
 */
function PanelOrScreen({ children }: { children: React.ReactNode }) {
  const { screen, open, close } = useScreens();
  const settingsOpen = screen?.kind === 'settings';
  return (
    <>
      <HeaderActions>
        <SettingsButton pressed={settingsOpen} onClick={() => (settingsOpen ? close() : open({ kind: 'settings' }))} />
      </HeaderActions>
      {screen && <ScreenView screen={screen} />}
      <div className="app-stack" hidden={screen !== undefined}>
        {children}
      </div>
    </>
  );
}

// Contexts change id on every update (even a teammate toggle); the selection is what a person means by "switched".
function contextIdentity(context: HostContext | undefined): string | undefined {
  if (!context) return undefined;
  if (context.type === 'singleConversation') return `single:${context.conversation.id}`;
  if (context.type === 'multiConversations') return `multi:${context.conversations.map((c) => c.id).join(',')}`;
  return context.type;
}

function ContextView({ context, instanceUrl }: { context: HostContext | undefined; instanceUrl: string }) {
  switch (context?.type) {
    case undefined:
      return <p className="app-message" role="status">Connecting to Front…</p>;
    case 'singleConversation':
      return <ConversationView key={context.conversation.id} context={context} instanceUrl={instanceUrl} />;
    case 'multiConversations':
      return <p className="app-message">{context.conversations.length} conversations selected. Select one to see its sender in Salesforce.</p>;
    case 'noConversation':
    case 'unsupported':
      return <p className="app-message">Select a conversation to see its sender in Salesforce.</p>;
  }
}
