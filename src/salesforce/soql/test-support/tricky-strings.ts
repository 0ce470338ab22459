import fc from 'fast-check';

// Characters that break naive escaping: SOQL/SOSL syntax, escapes, control and line-separator characters,
// unpaired surrogates, combining marks, emoji sequences and look-alike whitespace.
const SPECIAL_CHARS = [
  "'", '"', '\\', '%', '_', '\n', '\r', '\t', '\b', '\f', '\v', '\0', '\u0007', '\u0085', '\u2028', '\u2029',
  '?', '&', '|', '!', '{', '}', '[', ']', '(', ')', '^', '~', '*', ':', '+', '-', ' ', '@', '.', ',', '=', ';',
  'é', 'e\u0301', 'ß', '中', '😀', '👩‍👩‍👧', '\u00a0', '\ufeff', '\ud800', '\udfff',
];

// Fragments an attacker would try: closing the literal or the FIND braces, operators, pre-escaped text.
const INJECTIONS = [
  "' OR Name != '", "\\' OR Id != null OR Name = \\'", "') OR (Id != null", '} RETURNING User(Id, Username', '\\}',
  'AND', 'or', 'NOT', ' AND NOT ', "%'", '\\u0027', "\\'", "'--", '\\\\', '\\n', 'LIMIT 1',
];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_CHARS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) },
);

/** Mostly special characters, mixed with arbitrary graphemes and injection fragments. */
export const trickyText = fc.string({ unit, maxLength: 24 });

const localPartUnit = fc.oneof(
  fc.constantFrom("'", '+', '&', '.', '%', '_', '\\', '-', '"', '!', '{', '}'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);

/** Email-like handles whose local part uses the characters real addresses may contain (o'brien+tag@…). */
export const emailLike = fc
  .tuple(fc.string({ unit: localPartUnit, minLength: 1, maxLength: 12 }), fc.domain())
  .map(([local, domain]) => `${local}@${domain}`);

/** The input every escaping property runs over. */
export const anyUserText = fc.oneof(
  { weight: 4, arbitrary: trickyText },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 2, arbitrary: emailLike },
  { weight: 1, arbitrary: fc.emailAddress() },
);
