// Convert lead: turns a Lead into a Contact, an Account (new or existing) and optionally an Opportunity,
// through SOAP convertLead. The app opens the screen from the Lead card's Convert button.
export type { SuggestionHint } from './account-suggestions';
export { ConvertLeadButton, type ConvertLeadButtonProps } from './convert-lead-button';
export type { ConvertedLead } from './convert-lead-form';
export { ConvertLeadScreen, type ConvertLeadScreenProps } from './convert-lead-screen';
