import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { config } from '../../lib/config';

// Fewer digits than this match far too many numbers to mean "the same person".
const MIN_DIGITS = 7;

/**
 * The digits that identify a phone number however it is written: its national number when it parses
 * ('+1 415 555 0134' and '(415) 555-0134' both give 4155550134), else every digit typed.
 */
export function phoneDigits(raw: string, defaultCountry = config.defaultPhoneCountry): string | undefined {
  const country = isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  const parsed = parsePhoneNumberFromString(raw, country);
  const digits = parsed?.isPossible() ? parsed.nationalNumber : raw.replace(/\D/g, '');
  return digits.length >= MIN_DIGITS ? digits : undefined;
}

/** Whether two phone numbers, written any way, are the same number. */
export function samePhone(a: string, b: string): boolean {
  const digitsA = phoneDigits(a);
  return digitsA !== undefined && digitsA === phoneDigits(b);
}
