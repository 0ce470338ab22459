// Which fields each object's card shows: the company layout (shared through the org), each teammate's own
// changes on top, and the settings screen where both are chosen.
import { lazy } from 'react';
export { CompanyLayoutStoreProvider } from './company-layout-store-context';
export { defaultLayout } from './default-layouts';
// Loaded on first use, like every screen: the panel only needs useLayouts.
export const FieldSettingsScreen = lazy(() => import('./field-settings-screen').then((module) => ({ default: module.FieldSettingsScreen })));
export type { FieldSettingsScreenProps } from './field-settings-screen';
export type { CompanyLayouts, CompanyLayoutStore, FieldLists } from './layout-types';
export { useLayouts, type Layouts } from './use-layouts';
