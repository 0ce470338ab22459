import { useEffect, useRef, type RefObject } from 'react';
import { createBridgeHost, type BridgeHost, type ContextOffer } from './bridge-host';

/** Speaks the SDK bridge with the plugin in `frameRef`, sending a new context each time `offer` changes. */
export function useBridgeHost(frameRef: RefObject<HTMLIFrameElement | null>, offer: ContextOffer) {
  const bridgeRef = useRef<BridgeHost | null>(null);

  useEffect(() => {
    const bridge = createBridgeHost({ hostWindow: window, pluginWindow: () => frameRef.current?.contentWindow });
    bridgeRef.current = bridge;
    return () => {
      bridge.dispose();
      bridgeRef.current = null;
    };
  }, [frameRef]);

  useEffect(() => {
    bridgeRef.current?.publish(offer);
  }, [offer]);
}
