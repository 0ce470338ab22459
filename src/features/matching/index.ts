// Who the sender is in Salesforce, and everything the panel shows about them from one API call.
export { AskAgainButton, BaseAddressPrompt, type BaseAddressPromptProps } from './base-address-prompt';
export type { DescribeMap } from './describe-queries';
export { ParticipantSwitcher, type ParticipantSwitcherProps } from './participant-switcher';
export { participantsOf, type ParticipantOptions } from './participants';
export { ChooseAnotherPersonButton, PersonChooser, type PersonChooserProps } from './person-chooser';
export type { LayoutFor, RelatedSpec } from './related-lists';
export type { BaseMatch, RecordBundle, RelatedSet, SenderPanel } from './sender-panel';
export { senderPanelQueryOptions, type SenderPanelQueryInput } from './sender-panel-query';
export { subjectHandle, subjectKey, type Subject } from './subject';
export { useBaseAddressChoice, type BaseAddressChoice } from './use-base-address-choice';
export { choiceStorageKey, useRememberedChoice } from './use-person-choice';
export { useParticipants, type UseParticipantsOptions } from './use-participants';
