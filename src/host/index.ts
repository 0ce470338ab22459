// The Front adapter is imported from './front-host-adapter' by the app's entry only: importing the SDK starts
// its handshake with the parent window, which features and their tests must not trigger.
export { HostProvider, useHost, useHostContext } from './host-provider';
export type {
  HostAdapter,
  HostCompany,
  HostContext,
  HostConversation,
  HostMessage,
  HostMessagePage,
  HostRecipient,
  HostTeammate,
  PopupSize,
} from './host-types';
