import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('build-time configuration', () => {
  it('reads phone numbers without a country code as US numbers unless told otherwise', () => {
    expect(parseConfig({}).defaultPhoneCountry).toBe('US');
    expect(parseConfig({ VITE_DEFAULT_PHONE_COUNTRY: 'GB' }).defaultPhoneCountry).toBe('GB');
  });

  it('names the variable when the country is not a two-letter code', () => {
    expect(() => parseConfig({ VITE_DEFAULT_PHONE_COUNTRY: 'usa' })).toThrow(
      'VITE_DEFAULT_PHONE_COUNTRY must be a two-letter country code such as US or GB',
    );
  });
});
