import { describe, expect, it } from 'vitest';
import { InvalidIdentifierError } from './errors';
import { assertFieldPath, assertName, escapeSoqlLikeText, escapeSoqlString, escapeSoslTerm } from './escape';

describe('escapeSoqlString', () => {
  it('escapes the quote in an apostrophe email', () => {
    expect(escapeSoqlString("o'brien@example.org")).toBe("o\\'brien@example.org");
  });

  it('escapes a backslash before the quote that follows it, so the quote cannot close the literal', () => {
    expect(escapeSoqlString("\\'")).toBe("\\\\\\'");
    expect(escapeSoqlString('C:\\temp\\')).toBe('C:\\\\temp\\\\');
  });

  it('uses the documented escapes for newline, carriage return, tab, backspace, form feed and double quote', () => {
    expect(escapeSoqlString('a\nb\rc\td\be\ff"g')).toBe('a\\nb\\rc\\td\\be\\ff\\"g');
  });

  it('writes other control characters, line separators and unpaired surrogates as \\uXXXX', () => {
    expect(escapeSoqlString('\u0000\u0007\u2028\u2029\ud800x\udfff')).toBe('\\u0000\\u0007\\u2028\\u2029\\uD800x\\uDFFF');
  });

  it('leaves unicode text, emoji and LIKE wildcards alone', () => {
    expect(escapeSoqlString('Zoë 😀 中文 50%_off')).toBe('Zoë 😀 中文 50%_off');
  });
});

describe('escapeSoqlLikeText', () => {
  it('also escapes % and _ so they match literally', () => {
    expect(escapeSoqlLikeText("50%_o'ff\\")).toBe("50\\%\\_o\\'ff\\\\");
  });
});

describe('escapeSoslTerm', () => {
  it('backslash-escapes every SOSL reserved character', () => {
    const reserved = '?&|!{}[]()^~*:\\"\'+-';
    expect(escapeSoslTerm(reserved)).toBe([...reserved].map((char) => `\\${char}`).join(''));
  });

  it('keeps ordinary email characters', () => {
    expect(escapeSoslTerm("o'brien+tag@example.org")).toBe("o\\'brien\\+tag@example.org");
    expect(escapeSoslTerm('Zoë Smith 50%')).toBe('Zoë Smith 50%');
  });
});

describe('identifier validation', () => {
  it.each(['Contact', 'Id', 'Group', 'Order', 'acme__Widget__c', 'Service_Requests__r', 'Account_Service_Request__c', 'Support_Plans__r'])(
    'accepts the name %s',
    (name) => expect(assertName(name)).toBe(name),
  );

  it.each(['', ' Contact', 'Contact WHERE Id != null', 'Name,Id', "x'", 'Account.Name', '1abc', '_x', 'a_', 'a__', 'a___c', 'a__b__c__d', 'Naïve', 'COUNT()', 'SELECT', 'or', 'Null'])(
    'rejects the name %j',
    (name) => {
      expect(() => assertName(name)).toThrow(InvalidIdentifierError);
    },
  );

  it.each(['Email', 'Account.Name', 'Account.Owner.Name', 'acme__Account__r.Name', 'Contact__r.Account.Website', 'Order.Type'])(
    'accepts the field path %s',
    (path) => expect(assertFieldPath(path)).toBe(path),
  );

  it.each(['Account..Name', '.Name', 'Name.', 'Name FROM User', 'Id, (SELECT Id FROM Cases)', 'Account.Limit', "Email = 'x'", 'Name\n'])(
    'rejects the field path %j',
    (path) => {
      expect(() => assertFieldPath(path)).toThrow(InvalidIdentifierError);
    },
  );

  it('reports the offending identifier and a stable code', () => {
    expect(() => assertFieldPath('Name; DELETE')).toThrow(
      expect.objectContaining({ code: 'INVALID_IDENTIFIER', identifier: 'Name; DELETE', kind: 'field path' }),
    );
  });
});
