import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// libphonenumber-js is a third of the panel's JavaScript: the app reaches this module only through
// loadPhoneNumbers (phone-numbers.ts), so email conversations never download it.

export interface ParsedPhone {
  /** '+14155550134' */
  readonly e164: string;
  /** The national significant number's digits ('4155550134'): what stays the same however a person types it. */
  readonly national: string;
}

function countryCode(code: string | undefined): CountryCode | undefined {
  const upper = code?.toUpperCase();
  return upper !== undefined && isSupportedCountry(upper) ? upper : undefined;
}

/** A number written any way, read as E.164; numbers without a country code use `defaultCountry`. */
export function parsePhone(raw: string, defaultCountry: string | undefined): ParsedPhone | undefined {
  const parsed = parsePhoneNumberFromString(raw, countryCode(defaultCountry));
  return parsed?.isPossible() ? { e164: parsed.number, national: parsed.nationalNumber } : undefined;
}

export function toE164(raw: string, defaultCountry: string | undefined): string | undefined {
  return parsePhone(raw, defaultCountry)?.e164;
}
