/** How values are formatted; every option defaults to the user's environment. */
export interface FormatOptions {
  /** BCP 47 locale; defaults to the browser's language. */
  readonly locale?: string;
  /** ISO 4217 code for currency fields of records without a CurrencyIsoCode (single-currency orgs); defaults to USD. */
  readonly currency?: string;
  /** IANA time zone for date-times; defaults to the user's. */
  readonly timeZone?: string;
}

export const DEFAULT_CURRENCY = 'USD';

export function resolveLocale(options: FormatOptions): string | undefined {
  if (options.locale) return options.locale;
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}
