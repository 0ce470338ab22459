/** A number typed into a form, with the digit counts Salesforce's precision and scale limit. */
export interface TypedNumber {
  readonly value: number;
  /** Significant digits before the decimal point ("007.5" has 1). */
  readonly integerDigits: number;
  /** Digits after the decimal point, trailing zeros ignored ("2.50" has 1). */
  readonly decimals: number;
}

// Grouping commas in their usual places ("1,234,567.89") are ignored; a single comma with no point is read as
// a decimal comma ("12,5"), as many agents type it. Anything else with a comma is not a number.
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d*)?$/;
const DECIMAL_COMMA = /^-?\d*,\d+$/;
const PLAIN = /^-?(\d+\.?\d*|\.\d+)$/;
// Spaces (including the no-break spaces some locales group with), and a currency sign or % at either end.
const DECORATION = /[\s\u00a0\u202f]|^[\p{Sc}%]+|[\p{Sc}%]+$/gu;

function canonical(text: string): string | undefined {
  const bare = text.replace(DECORATION, '').replace(/^\+/, '');
  if (GROUPED.test(bare)) return bare.replaceAll(',', '');
  if (DECIMAL_COMMA.test(bare)) return bare.replace(',', '.');
  return PLAIN.test(bare) ? bare : undefined;
}

/** The number in `text`, or undefined when it isn't one (exponents and words are refused). */
export function parseTypedNumber(text: string): TypedNumber | undefined {
  const bare = canonical(text);
  if (bare === undefined) return undefined;
  const [whole = '', fraction = ''] = bare.replace('-', '').split('.');
  return {
    value: Number(bare),
    integerDigits: whole.replace(/^0+/, '').length,
    decimals: fraction.replace(/0+$/, '').length,
  };
}

/** A Salesforce number as the form shows it: plain digits, a point for decimals, never an exponent. */
export function numberText(value: number): string {
  // String() gives the shortest text that reads back as the same number; only its exponent is spelled out.
  const [mantissa = '', exponent] = String(value).split('e');
  if (exponent === undefined) return mantissa;
  const sign = mantissa.startsWith('-') ? '-' : '';
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
