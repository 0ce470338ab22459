import { contextUpdates } from '@frontapp/plugin-sdk';
import { createHostAdapter } from './create-host-adapter';
import type { HostAdapter } from './host-types';

/**
 * The adapter over the real Front SDK. Importing the SDK posts its handshake to the parent window: Front
 * inside Front, the dev host in the demo. Outside either, no context ever arrives.
 */
export function createFrontHostAdapter(): HostAdapter {
  return createHostAdapter(contextUpdates);
}
