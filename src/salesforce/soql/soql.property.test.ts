import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { c, likePattern, type LikeSegment } from './conditions';
import { InvalidIdentifierError } from './errors';
import { assertFieldPath } from './escape';
import { soqlDate } from './literals';
import { soql } from './soql-builder';
import { anyUserText, trickyText } from './test-support/tricky-strings';

const RUNS = { numRuns: 10_000 };
const TIMEOUT_MS = 60_000;

// Salesforce's documented escapes ("Quoted String Escape Sequences"); \_ and \% only inside LIKE.
const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n', N: '\n', r: '\r', R: '\r', t: '\t', T: '\t', b: '\b', B: '\b', f: '\f', F: '\f', '"': '"', "'": "'", '\\': '\\',
};

/** Decodes a raw quoted literal as Salesforce would; wildcards come back as separate segments in LIKE mode. */
function unescapeSoqlLiteral(raw: string, mode: 'string' | 'like'): LikeSegment[] {
  expect(raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2).toBe(true);
  const body = raw.slice(1, -1);
  const segments: LikeSegment[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') segments.push({ text });
    text = '';
  };
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (char === "'") throw new Error(`unescaped quote inside literal ${raw}`);
    if (char === '%' || char === '_') {
      if (mode === 'like') {
        flush();
        segments.push({ wildcard: char });
      } else text += char;
      continue;
    }
    if (char !== '\\') {
      text += char;
      continue;
    }
    const next = body.charAt(++i);
    const hex = body.slice(i + 1, i + 5);
    if (next in SIMPLE_ESCAPES) text += SIMPLE_ESCAPES[next];
    else if (mode === 'like' && (next === '_' || next === '%')) text += next;
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
      text += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else throw new Error(`invalid escape \\${next} in ${raw}`);
  }
  flush();
  return segments;
}

const decodeString = (raw: string): string => {
  const segments = unescapeSoqlLiteral(raw, 'string');
  return segments.map((segment) => ('text' in segment ? segment.text : '')).join('');
};

interface Literal {
  literalType: unknown;
  value: unknown;
}

// Walks the parsed query in source order (subqueries in the field list come first), collecting the literals and
// blanking them out, so what is left is the query's structure alone.
function splitLiterals(query: Query): { skeleton: string; literals: Literal[] } {
  const literals: Literal[] = [];
  const skeleton = JSON.stringify(query, (_key, value: unknown) => {
    if (value && typeof value === 'object' && 'literalType' in value && 'value' in value) {
      literals.push({ literalType: value.literalType, value: value.value });
      return { ...value, value: '?' };
    }
    return value;
  });
  return { skeleton, literals };
}

const textSegments = (...segments: LikeSegment[]) => segments.filter((segment) => !('text' in segment) || segment.text !== '');

function buildQuery(input: string, other: string): string {
  const openCases = soql.select(['Id', 'Subject']).from('Cases').where(c.eq('Subject', input)).limit(5);
  return soql
    .select(['Id', 'Name', 'Account.Name', openCases])
    .from('Contact')
    .where(
      c.or(
        c.eq('Email', input),
        c.and(c.like('Name', input), c.not(c.in('Id', [input, other]))),
        c.like('Title', likePattern.contains(input)),
      ),
    )
    .orderBy('LastModifiedDate', 'DESC')
    .limit(5)
    .toString();
}

describe('soql builder properties', () => {
  const reference = splitLiterals(parseQuery(buildQuery('x', 'y')));

  it(
    'parses with the real SOQL parser, keeps its structure and round-trips every string literal',
    () => {
      fc.assert(
        fc.property(anyUserText, anyUserText, (input, other) => {
          const parsed = splitLiterals(parseQuery(buildQuery(input, other)));
          expect(parsed.skeleton).toBe(reference.skeleton);
          const [subquery, eq, like, inList, contains] = parsed.literals.map((literal) => literal.value);
          expect(decodeString(eq as string)).toBe(input);
          expect(unescapeSoqlLiteral(like as string, 'like')).toEqual(textSegments({ text: input }));
          expect((inList as string[]).map(decodeString)).toEqual([input, other]);
          expect(unescapeSoqlLiteral(contains as string, 'like')).toEqual(
            textSegments({ wildcard: '%' }, { text: input }, { wildcard: '%' }),
          );
          expect(decodeString(subquery as string)).toBe(input);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'writes every finite number so the parser reads back the same value',
    () => {
      fc.assert(
        fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (amount) => {
          const query = soql.select(['Id']).from('Opportunity').where(c.gt('Amount', amount)).toString();
          const [literal] = splitLiterals(parseQuery(query)).literals;
          expect(literal?.literalType === 'INTEGER' || literal?.literalType === 'DECIMAL').toBe(true);
          expect(Number(literal?.value)).toBe(amount === 0 ? 0 : amount);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'writes dates and dateTimes as unquoted literals of the same instant or day',
    () => {
      const salesforceRange = { min: new Date('1700-01-01T00:00:00Z'), max: new Date('4000-12-31T23:59:59Z'), noInvalidDate: true };
      fc.assert(
        fc.property(fc.date(salesforceRange), (date) => {
          const query = soql
            .select(['Id'])
            .from('Task')
            .where(c.and(c.gte('CreatedDate', date), c.eq('ActivityDate', soqlDate(date))))
            .toString();
          const [dateTime, day] = splitLiterals(parseQuery(query)).literals;
          expect(dateTime).toEqual({ literalType: 'DATETIME', value: `${date.toISOString().slice(0, 19)}Z` });
          expect(new Date(String(dateTime?.value)).getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
          expect(day).toEqual({ literalType: 'DATE', value: date.toISOString().slice(0, 10) });
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'lets only plain API names through as identifiers; whatever passes stays a single field',
    () => {
      const nameLike = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.]{0,30}$/);
      fc.assert(
        fc.property(fc.oneof(trickyText, nameLike), (candidate) => {
          let accepted: boolean;
          try {
            assertFieldPath(candidate);
            accepted = true;
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidIdentifierError);
            accepted = false;
          }
          if (!accepted) return;
          expect(candidate).toMatch(/^[A-Za-z0-9_.]+$/);
          const parsed = parseQuery(soql.select([candidate]).from('Contact').where(c.isNull(candidate)).toString());
          expect(parsed.fields).toHaveLength(1);
          expect(parsed.sObject).toBe('Contact');
          expect(parsed.where?.left).toMatchObject({ operator: '=', literalType: 'NULL' });
          expect(parsed.where && 'right' in parsed.where).toBeFalsy();
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
