import { InvalidIdentifierError } from './errors';

// The escapes Salesforce documents for SOQL quoted strings ("Quoted String Escape Sequences").
const SOQL_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// Besides the named escapes, other control characters (\p{Cc}), the Unicode line separators and unpaired
// surrogates (\p{Cs} in a `u` regex) are written as \uXXXX: raw, they end the literal in line-based lexers or
// break the URL encoding of `q`.
const SOQL_SPECIAL = /[\\'"\p{Cc}\p{Cs}\u2028\u2029]/gu;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
}

/**
 * The body of a SOQL string literal (without the surrounding quotes). One pass over the input is equivalent to
 * escaping `\` first and `'` second, and never re-escapes its own output.
 */
export function escapeSoqlString(value: string): string {
  return value.replace(SOQL_SPECIAL, (char) => SOQL_ESCAPES[char] ?? unicodeEscape(char));
}

/** Like escapeSoqlString, plus `\_` and `\%` so user text inside a LIKE pattern matches literally. */
export function escapeSoqlLikeText(value: string): string {
  return escapeSoqlString(value).replace(/[%_]/g, '\\$&');
}

// SOSL reserves these inside FIND {…}; Salesforce requires a backslash before each, even inside a quoted phrase.
const SOSL_RESERVED = /[?&|!{}[\]()^~*:\\"'+-]/g;

/** User text for a SOSL search term: every reserved character becomes a literal. */
export function escapeSoslTerm(value: string): string {
  return value.replace(SOSL_RESERVED, '\\$&');
}

// An API name: letters, digits and single underscores, starting with a letter, optionally with a managed-package
// namespace (`acme__`) and a suffix such as `__c` or `__r`. Nothing else can appear where a name is spliced in.
const SEGMENT = '[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*';
const API_NAME = `(?:${SEGMENT}__)?${SEGMENT}(?:__[A-Za-z]+)?`;
const NAME_PATTERN = new RegExp(`^${API_NAME}$`);
const FIELD_PATH_PATTERN = new RegExp(`^${API_NAME}(?:\\.${API_NAME})*$`);

// Words SOQL reads as keywords or literals wherever they appear. Salesforce's reserved list also has GROUP, but
// Group (like Order) is a real object name, and the grammar reads it correctly in name position.
const KEYWORDS = new Set([
  'and', 'as', 'asc', 'cube', 'desc', 'else', 'excludes', 'false', 'first', 'for', 'from', 'having', 'in', 'includes',
  'last', 'like', 'limit', 'not', 'null', 'nulls', 'or', 'rollup', 'select', 'true', 'update', 'using', 'where', 'with',
]);

const isKeyword = (segment: string): boolean => KEYWORDS.has(segment.toLowerCase());

/** An object or relationship name such as `Contact`, `acme__Widget__c` or `Service_Requests__r`. */
export function assertName(name: string): string {
  if (!NAME_PATTERN.test(name) || isKeyword(name)) throw new InvalidIdentifierError(name, 'name');
  return name;
}

/** A field, possibly through parent relationships: `Email`, `Account.Name`, `acme__Account__r.Name`. */
export function assertFieldPath(path: string): string {
  if (!FIELD_PATH_PATTERN.test(path) || path.split('.').some(isKeyword)) {
    throw new InvalidIdentifierError(path, 'field path');
  }
  return path;
}
