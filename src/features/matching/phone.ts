import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

function countryCode(code: string | undefined): CountryCode | undefined {
  const upper = code?.toUpperCase();
  return upper !== undefined && isSupportedCountry(upper) ? upper : undefined;
}

/** E.164 ('+14155550134') for a number written any way; numbers without a country code use `defaultCountry`. */
export function toE164(raw: string, defaultCountry: string | undefined): string | undefined {
  const parsed = parsePhoneNumberFromString(raw, countryCode(defaultCountry));
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** The national significant number's digits: what stays the same however a person types the number. */
export function nationalDigits(e164: string): string | undefined {
  return parsePhoneNumberFromString(e164)?.nationalNumber;
}

/**
 * A LIKE pattern matching those digits with anything around and between them, so '(415) 555-0134',
 * '415.555.0134' and '+1 415 555 0134' all match '%4%1%5%5%5%5%0%1%3%4'. Built from digits only.
 */
export function phoneLikeText(digits: string): string {
  return [...digits.replace(/\D/g, '')].map((digit) => `%${digit}`).join('');
}
