import { DEFAULT_CURRENCY, resolveLocale, type FormatOptions } from './format-options';

const CURRENCY_CODE = /^[A-Z]{3}$/;

// Intl throws on an invalid currency code, so a malformed CurrencyIsoCode falls back instead of breaking the card.
function currencyCode(recordCurrency: unknown, options: FormatOptions): string {
  if (typeof recordCurrency === 'string' && CURRENCY_CODE.test(recordCurrency)) return recordCurrency;
  return options.currency ?? DEFAULT_CURRENCY;
}

/** Money with exactly the field's decimal places, as Salesforce shows it. */
export function formatCurrency(amount: number, scale: number, recordCurrency: unknown, options: FormatOptions): string {
  return new Intl.NumberFormat(resolveLocale(options), {
    style: 'currency',
    currency: currencyCode(recordCurrency, options),
    minimumFractionDigits: scale,
    maximumFractionDigits: scale,
  }).format(amount);
}

/** Salesforce stores percent fields as 0–100 (25 means 25%), while Intl expects a fraction. */
export function formatPercent(value: number, scale: number, options: FormatOptions): string {
  return new Intl.NumberFormat(resolveLocale(options), { style: 'percent', maximumFractionDigits: scale }).format(value / 100);
}

/** Grouped digits; the field's scale caps the decimals without padding them (a latitude has scale 15). */
export function formatNumber(value: number, scale: number, options: FormatOptions): string {
  return new Intl.NumberFormat(resolveLocale(options), { maximumFractionDigits: scale }).format(value);
}
