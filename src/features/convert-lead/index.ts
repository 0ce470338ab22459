// Convert lead: turns a Lead into a Contact, an Account (new or existing) and optionally an Opportunity,
// through SOAP convertLead. The app opens the screen from the Lead card's Convert button.
import { lazy } from 'react';
export type { SuggestionHint } from './account-suggestions';
export { ConvertLeadButton, type ConvertLeadButtonProps } from './convert-lead-button';
export type { ConvertedLead } from './convert-lead-form';
// Loaded on first use, like every screen: converting is rare next to reading.
export const ConvertLeadScreen = lazy(() => import('./convert-lead-screen').then((module) => ({ default: module.ConvertLeadScreen })));
export type { ConvertLeadScreenProps } from './convert-lead-screen';
