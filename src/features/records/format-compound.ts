import { z } from 'zod';
import { formatNumber } from './format-number';
import type { FormatOptions } from './format-options';

const part = z.string().nullish();

// Compound values as the REST API returns them; other keys (geocodeAccuracy, stateCode…) are ignored.
const addressSchema = z.looseObject({
  street: part,
  city: part,
  state: part,
  postalCode: part,
  country: part,
});

const locationSchema = z.looseObject({ latitude: z.number(), longitude: z.number() });

const present = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** An address on lines: the street (itself possibly several lines), "City, State Postal code", the country. */
export function formatAddress(value: unknown): string | undefined {
  const parsed = addressSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { street, city, state, postalCode, country } = parsed.data;
  const region = [state, postalCode].filter(present).join(' ');
  const locality = [city, region].filter(present).join(', ');
  const lines = [street, locality, country].filter(present);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

const COORDINATE_DECIMALS = 6;

export function formatLocation(value: unknown, options: FormatOptions): string | undefined {
  const parsed = locationSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { latitude, longitude } = parsed.data;
  return `${formatNumber(latitude, COORDINATE_DECIMALS, options)}, ${formatNumber(longitude, COORDINATE_DECIMALS, options)}`;
}
