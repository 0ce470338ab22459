// Records: displays records another feature fetched (cards, related lists, panel states). Fetches nothing.
export type { DisplayValue } from './display-value';
export { PanelSkeleton } from './panel-skeleton';
export { NoMatch, type NoMatchProps } from './empty-state';
export { PanelError, type PanelErrorProps } from './error-state';
export { FieldValue } from './field-value';
export type { FormatOptions } from './format-options';
export { formatFieldValue, isRichText } from './format-value';
export { RecordCard, type RecordCardProps } from './record-card';
export { recordName, recordTitle, type RecordTitle } from './record-name';
export { lightningNewRecordUrl, lightningRecordUrl, lightningRelatedListUrl } from './record-url';
export { RelatedList, type RelatedListProps } from './related-list';
