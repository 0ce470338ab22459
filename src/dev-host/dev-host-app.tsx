import { useCallback, useMemo, useRef, useState } from 'react';
import { createFrontLink, withLink, type LinksByConversation } from './conversation-links';
import { ConversationList } from './conversation-list';
import { ConversationView } from './conversation-view';
import type { DemoConversation } from './conversations-schema';
import { DevHostToolbar } from './dev-host-toolbar';
import { frontContextData } from './front-context-data';
import { HostCallLog, type HostCall } from './host-call-log';
import { hostFunctionsFor, type HostCallHandlers } from './host-functions';
import { NO_SELECTION, openConversation, selectedIds, toggleChecked, type InboxSelection } from './inbox-selection';
import { SelectionSummary } from './selection-summary';
import { SidebarFrame } from './sidebar-frame';
import { useBridgeHost } from './use-bridge-host';
import './dev-host.css';

interface DevHostAppProps {
  readonly conversations: readonly DemoConversation[];
  /** The plugin page, carrying the demo's query string (?scenario=…). */
  readonly pluginUrl: string;
  readonly scenario: string;
  readonly onScenarioChange: (scenario: string) => void;
  /** Every openUrl/addLink the plugin makes, in order. */
  readonly onHostCall: (call: HostCall) => void;
}

/** A tiny Front: an inbox on the left, the open conversation in the middle, the plugin in the sidebar. */
export function DevHostApp({ conversations, pluginUrl, scenario, onScenarioChange, onHostCall }: DevHostAppProps) {
  const [selection, setSelection] = useState<InboxSelection>(NO_SELECTION);
  const [isAdmin, setIsAdmin] = useState(false);
  const [sidebarHidden, setSidebarHidden] = useState(false);
  const [calls, setCalls] = useState<readonly HostCall[]>([]);
  const [links, setLinks] = useState<LinksByConversation>(new Map());
  const frameRef = useRef<HTMLIFrameElement>(null);

  const selected = useMemo(() => {
    const ids = selectedIds(selection);
    return conversations.filter((conversation) => ids.includes(conversation.id));
  }, [conversations, selection]);

  const record = useCallback(
    (call: HostCall) => {
      onHostCall(call);
      setCalls((previous) => [call, ...previous]);
    },
    [onHostCall],
  );

  const handlers = useMemo<HostCallHandlers>(
    () => ({
      openUrl: (url) => record({ name: 'openUrl', args: [url] }),
      openUrlInPopup(url, size) {
        record({ name: 'openUrlInPopup', args: [url] });
        window.open(url, 'front-plugin-popup', `popup,width=${size.width ?? 480},height=${size.height ?? 680}`);
      },
      addLink(conversationIds, url, name) {
        const link = createFrontLink(url, name);
        setLinks((previous) => withLink(previous, conversationIds, link));
        record({ name: 'addLink', args: [url, name] });
        return link;
      },
    }),
    [record],
  );

  const offer = useMemo(
    () => ({ data: frontContextData(selected, { isAdmin, linksByConversation: links }), functions: hostFunctionsFor(selected, handlers) }),
    [selected, isAdmin, links, handlers],
  );
  useBridgeHost(frameRef, offer);

  const [single] = selected;
  return (
    <div className="dev-host">
      <DevHostToolbar
        isAdmin={isAdmin}
        onAdminChange={setIsAdmin}
        sidebarHidden={sidebarHidden}
        onSidebarHiddenChange={setSidebarHidden}
        scenario={scenario}
        onScenarioChange={onScenarioChange}
        onClearSelection={() => setSelection(NO_SELECTION)}
      />
      <div className="dev-host-body">
        <ConversationList
          conversations={conversations}
          openId={selection.openId}
          checkedIds={selection.checkedIds}
          onOpen={(id) => setSelection(openConversation(id))}
          onToggleChecked={(id) => setSelection((previous) => toggleChecked(previous, id))}
        />
        <main className="dev-host-main">
          {single && selected.length === 1 ? (
            <ConversationView conversation={single} links={links.get(single.id) ?? []} />
          ) : (
            <SelectionSummary conversations={selected} />
          )}
          <HostCallLog calls={calls} />
        </main>
        <SidebarFrame frameRef={frameRef} pluginUrl={pluginUrl} hidden={sidebarHidden} />
      </div>
    </div>
  );
}
