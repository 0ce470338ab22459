// Edit and create: screens that change Salesforce records (the pencil's form, and new records related to the
// sender), built on the describe-driven inputs in ./inputs.
export { CreateRecordScreen, type CreateRecordScreenProps, type RecordRef } from './create-record-screen';
export { EditButton } from './edit-button';
export { EditRecordScreen, type EditRecordScreenProps } from './edit-record-screen';
export type { LayoutFor } from './layout-for';
export { prefillForPerson, type PersonSubject } from './prefill';
