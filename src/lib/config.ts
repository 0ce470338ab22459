import { z } from 'zod';

// Build-time configuration (Vite exposes VITE_* variables); parsed once so a typo fails loudly at start.
const configSchema = z.object({
  /** ISO 3166 country used to read phone numbers written without a country code ("(415) 555-0134"). */
  VITE_DEFAULT_PHONE_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, 'VITE_DEFAULT_PHONE_COUNTRY must be a two-letter country code such as US or GB')
    .default('US'),
});

export interface AppConfig {
  readonly defaultPhoneCountry: string;
}

export function parseConfig(env: Record<string, unknown>): AppConfig {
  const parsed = configSchema.parse(env);
  return { defaultPhoneCountry: parsed.VITE_DEFAULT_PHONE_COUNTRY };
}

export const config: AppConfig = parseConfig(import.meta.env);
