export { createFrontHostAdapter } from './front-host-adapter';
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
