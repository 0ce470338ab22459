import type { StoredRecord } from '../store/record-store';
import type { SearchField } from './search-fields';
import type { TermChar, TermExpression } from './search-term';

// Decides whether a record matches a search term. Text is compared word by word, case-insensitively:
// a word or phrase matches a run of consecutive words of a field (punctuation separates words, so
// rose@acme.com is found by "rose", "acme.com" or the whole address). Phone fields compare digits
// only: a number is found from any format of it, or from a run of at least four of its digits.

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MIN_PHONE_DIGITS = 4;

interface RecordText {
  words: string[][];
  phones: string[];
}

type Matcher = (text: RecordText) => boolean;

const digitsOf = (text: string) => text.replace(/\D/g, '');

function phoneMatches(stored: string, searched: string): boolean {
  const trimmed = searched.replace(/^0+/, '');
  if (searched.length < MIN_PHONE_DIGITS || stored.length < MIN_PHONE_DIGITS) return false;
  if (stored.includes(searched) || searched.endsWith(stored)) return true;
  return trimmed.length >= MIN_PHONE_DIGITS && stored.includes(trimmed);
}

function wordPatterns(chars: TermChar[]): RegExp[] {
  const words: string[] = [];
  let current = '';
  for (const { ch, wildcard } of chars) {
    if (wildcard) current += ch === '*' ? '[\\p{L}\\p{N}]*' : '[\\p{L}\\p{N}]';
    else if (WORD_CHAR.test(ch)) current += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else {
      if (current) words.push(current);
      current = '';
    }
  }
  if (current) words.push(current);
  return words.map((source) => new RegExp(`^${source}$`, 'iu'));
}

function atomMatcher(chars: TermChar[]): Matcher {
  const patterns = wordPatterns(chars);
  const digits = digitsOf(chars.map((c) => c.ch).join(''));
  const inWords = (words: string[]) =>
    patterns.length > 0 &&
    words.some((_, start) => patterns.every((pattern, j) => start + j < words.length && pattern.test(words[start + j] ?? '')));
  return (text) => text.words.some(inWords) || text.phones.some((phone) => phoneMatches(phone, digits));
}

function compile(expression: TermExpression): Matcher {
  switch (expression.kind) {
    case 'atom':
      return atomMatcher(expression.chars);
    case 'not': {
      const inner = compile(expression.child);
      return (text) => !inner(text);
    }
    case 'and': {
      const parts = expression.children.map(compile);
      return (text) => parts.every((part) => part(text));
    }
    case 'or': {
      const parts = expression.children.map(compile);
      return (text) => parts.some((part) => part(text));
    }
  }
}

/** A whole term that is just a phone number ("+1 (415) 555-0134"): its digits, else null. */
function phoneNumberTerm(term: string): string | null {
  const plain = term.replace(/\\/g, '');
  return /^[\d\s()+\-./]+$/.test(plain) && digitsOf(plain).length >= MIN_PHONE_DIGITS ? digitsOf(plain) : null;
}

function recordText(record: StoredRecord, fields: SearchField[]): RecordText {
  const text: RecordText = { words: [], phones: [] };
  for (const field of fields) {
    const value = record[field.name];
    if (typeof value !== 'string' || value === '') continue;
    if (field.phone) text.phones.push(digitsOf(value));
    else text.words.push(value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  }
  return text;
}

/** Compiles the parsed term (and its raw text, for whole-number phone searches) into a record test. */
export function termMatcher(expression: TermExpression, rawTerm: string): (record: StoredRecord, fields: SearchField[]) => boolean {
  const matcher = compile(expression);
  const phoneNumber = phoneNumberTerm(rawTerm);
  return (record, fields) => {
    const text = recordText(record, fields);
    return matcher(text) || (phoneNumber !== null && text.phones.some((phone) => phoneMatches(phone, phoneNumber)));
  };
}
