// Logging the conversation's emails to a person, account or opportunity, exactly once per message.
import { lazy } from 'react';
export { canLogEmailTo, isPersonTarget, type LogTarget } from './log-target';
export { LogEmailButton, type LogEmailButtonProps } from './log-email-button';
// Loaded on first use, like every screen.
export const LogEmailScreen = lazy(() => import('./log-email-screen').then((module) => ({ default: module.LogEmailScreen })));
export type { LogEmailScreenProps } from './log-email-screen';
export { loggedMessagesKeys } from './logged-messages';
export { personEmails, personTakesPart } from './person-takes-part';
