import type { SuggestionHint } from '../../features/convert-lead';
import type { LogTarget } from '../../features/log-email';

/** What replaces the panel's content for a while: a form, the convert or log-email screen, or settings. */
export type PanelScreen =
  | { readonly kind: 'edit'; readonly sobject: string; readonly recordId: string }
  | {
      readonly kind: 'create';
      readonly sobject: string;
      readonly defaults?: Readonly<Record<string, unknown>>;
      /** Names of the records the defaults' lookups point at, shown in those lookups. */
      readonly lookupNames?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'convert'; readonly leadId: string; readonly hint?: SuggestionHint }
  | { readonly kind: 'log-email'; readonly target: LogTarget }
  | { readonly kind: 'settings' };

/** A record to show in the panel in place of the conversation's sender (from search, or "Open it instead"). */
export interface ShownRecord {
  readonly sobject: string;
  readonly id: string;
  readonly name?: string;
}
