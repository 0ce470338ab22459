// Edit and create: screens that change Salesforce records (the pencil's form, and new records related to the
// sender), built on the describe-driven inputs in ./inputs.
import { lazy } from 'react';

// The screens load on first use: agents read far more than they edit, and the inputs (rich text, lookups,
// picklist rules) would otherwise weigh on every panel's first paint.
export const CreateRecordScreen = lazy(() => import('./create-record-screen').then((module) => ({ default: module.CreateRecordScreen })));
export const EditRecordScreen = lazy(() => import('./edit-record-screen').then((module) => ({ default: module.EditRecordScreen })));
export type { CreateRecordScreenProps, RecordRef } from './create-record-screen';
export type { EditRecordScreenProps } from './edit-record-screen';
export { EditButton } from './edit-button';
export type { LayoutFor } from './layout-for';
export { prefillForPerson, type PersonSubject } from './prefill';
