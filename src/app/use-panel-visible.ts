import { useSyncExternalStore } from 'react';

// Front keeps the plugin's iframe loaded while the sidebar is closed; the iframe then has no size
// (display: none) — and a hidden browser tab is not visible either. Nothing should be fetched then.
// A resize event does not fire when an iframe becomes display:none, but a ResizeObserver reports width 0.
let collapsed = false;

function isVisible(): boolean {
  return document.visibilityState === 'visible' && !collapsed;
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  const observer =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(([entry]) => {
          collapsed = entry !== undefined && entry.contentRect.width === 0;
          onChange();
        });
  observer?.observe(document.documentElement);
  return () => {
    document.removeEventListener('visibilitychange', onChange);
    observer?.disconnect();
  };
}

/** Whether the sidebar is on screen; queries are enabled only while it is. */
export function usePanelVisible(): boolean {
  return useSyncExternalStore(subscribe, isVisible, () => true);
}
