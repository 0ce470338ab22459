import type { SObjectDescribe } from '../../salesforce';

/** The fields a card of this object shows (the layouts feature's choice, passed in by the app). */
export type LayoutFor = (describe: SObjectDescribe) => readonly string[];
