import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import rawConversations from 'virtual:demo-conversations';
import { demoConversationsSchema } from './conversations-schema';
import { DevHostApp } from './dev-host-app';
import type { HostCall } from './host-call-log';

declare global {
  interface Window {
    /** Read by the browser tests to assert what the plugin asked Front to do. */
    __devHost?: { readonly calls: HostCall[] };
  }
}

const devHost = { calls: [] as HostCall[] };
window.__devHost = devHost;

function recordHostCall(call: HostCall) {
  devHost.calls.push(call);
}

function changeScenario(scenario: string) {
  const url = new URL(window.location.href);
  if (scenario) url.searchParams.set('scenario', scenario);
  else url.searchParams.delete('scenario');
  window.location.assign(url);
}

const root = document.getElementById('root');
if (!root) throw new Error('The dev host page has no #root element');

createRoot(root).render(
  <StrictMode>
    <DevHostApp
      conversations={demoConversationsSchema.parse(rawConversations)}
      pluginUrl={`/index.html${window.location.search}`}
      scenario={new URLSearchParams(window.location.search).get('scenario') ?? ''}
      onScenarioChange={changeScenario}
      onHostCall={recordHostCall}
    />
  </StrictMode>,
);
