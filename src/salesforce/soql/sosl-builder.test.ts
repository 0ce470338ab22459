import { describe, expect, it } from 'vitest';
import { c } from './conditions';
import { InvalidIdentifierError, QueryBuildError } from './errors';
import { parameterizedSearch } from './parameterized-search';
import { renderSearchTerm, searchTerm } from './search-term';
import { sosl, type SearchScope } from './sosl-builder';

describe('search terms', () => {
  it('escapes reserved characters in words, so an email is searched literally', () => {
    expect(renderSearchTerm(searchTerm.words("o'brien+tag@example.org"))).toBe("o\\'brien\\+tag@example.org");
    expect(renderSearchTerm(searchTerm.words('(555) 010-9999'))).toBe('\\(555\\) 010\\-9999');
  });

  it('quotes standalone AND / OR / NOT so the user cannot change the search logic', () => {
    expect(renderSearchTerm(searchTerm.words('Ben and Jerry OR not'))).toBe('Ben "and" Jerry "OR" "not"');
    expect(renderSearchTerm(searchTerm.words('Anderson Oregon'))).toBe('Anderson Oregon');
  });

  it('wraps a phrase in quotes and escapes quotes inside it', () => {
    expect(renderSearchTerm(searchTerm.phrase('say "hi" & go'))).toBe('"say \\"hi\\" \\& go"');
  });

  it('adds a trailing wildcard for search-as-you-type, but not after an operator word', () => {
    expect(renderSearchTerm(searchTerm.prefix('jo smi  '))).toBe('jo smi*');
    expect(renderSearchTerm(searchTerm.prefix('o*'))).toBe('o\\**');
    expect(renderSearchTerm(searchTerm.prefix('smith or'))).toBe('smith "or"');
  });

  it.each(['', '   ', '\n\t'])('refuses blank search text %j (Salesforce rejects it)', (text) => {
    expect(() => renderSearchTerm(searchTerm.words(text))).toThrow(expect.objectContaining({ code: 'EMPTY_SEARCH' }));
  });
});

describe('sosl builder', () => {
  it('builds FIND … IN … RETURNING … LIMIT with per-object clauses', () => {
    const query = sosl
      .find(searchTerm.phrase("o'brien@example.org"))
      .in('EMAIL')
      .returning('Contact', { fields: ['Id', 'Name', 'Account.Name'], where: c.eq('IsDeleted', false), limit: 5 })
      .returning('Lead', { fields: ['Id', 'Name'], where: c.eq('IsConverted', false), orderBy: [{ field: 'Name' }] })
      .returning('Account')
      .limit(20);
    expect(query.toString()).toBe(
      'FIND {"o\\\'brien@example.org"} IN EMAIL FIELDS RETURNING ' +
        'Contact(Id, Name, Account.Name WHERE IsDeleted = false LIMIT 5), ' +
        'Lead(Id, Name WHERE IsConverted = false ORDER BY Name), Account LIMIT 20',
    );
  });

  it('treats a plain string as words and omits optional clauses', () => {
    expect(sosl.find('Acme {Corp}').toString()).toBe('FIND {Acme \\{Corp\\}}');
  });

  it.each<SearchScope>(['ALL', 'NAME', 'PHONE', 'SIDEBAR'])('searches %s FIELDS', (scope) => {
    expect(sosl.find('acme').in(scope).toString()).toBe(`FIND {acme} IN ${scope} FIELDS`);
  });

  it('escapes values in RETURNING WHERE clauses like SOQL', () => {
    const query = sosl.find('acme').returning('Contact', { fields: ['Id'], where: c.eq('Email', "o'b\\") });
    expect(query.toString()).toBe("FIND {acme} RETURNING Contact(Id WHERE Email = 'o\\'b\\\\')");
  });

  it('is immutable', () => {
    const base = sosl.find('acme');
    base.in('NAME').returning('Contact').limit(3);
    expect(base.toString()).toBe('FIND {acme}');
  });

  it('rejects invalid names, scopes, limits and clauses without fields', () => {
    expect(() => sosl.find('x').returning('Contact) RETURNING User(Id')).toThrow(InvalidIdentifierError);
    expect(() => sosl.find('x').returning('Contact', { fields: ['Id, Username'] }).toString()).toThrow(InvalidIdentifierError);
    expect(() => sosl.find('x').in('ALL FIELDS RETURNING User' as SearchScope)).toThrow(QueryBuildError);
    expect(() => sosl.find('x').limit(2001)).toThrow(expect.objectContaining({ code: 'INVALID_LIMIT' }));
    expect(() => sosl.find('x').returning('Contact', { limit: 5 }).toString()).toThrow(QueryBuildError);
  });
});

describe('parameterizedSearch', () => {
  it('builds the REST body with the escaped term and WHERE clauses from the condition builder', () => {
    const body = parameterizedSearch(searchTerm.phrase("o'brien@example.org"), {
      in: 'EMAIL',
      fields: ['Id', 'Name', 'name'],
      sobjects: [
        { name: 'Contact', where: c.eq('Email', "o'brien@example.org"), limit: 5 },
        { name: 'Lead', fields: ['Id', 'Company'], where: c.eq('IsConverted', false) },
      ],
      overallLimit: 10,
    });
    expect(body).toEqual({
      q: '"o\\\'brien@example.org"',
      in: 'EMAIL',
      fields: ['Id', 'Name'],
      sobjects: [
        { name: 'Contact', where: "Email = 'o\\'brien@example.org'", limit: 5 },
        { name: 'Lead', fields: ['Id', 'Company'], where: 'IsConverted = false' },
      ],
      overallLimit: 10,
    });
  });

  it('defaults to searching all fields and takes a plain string as words', () => {
    expect(parameterizedSearch('acme or', { sobjects: [{ name: 'Account' }] })).toEqual({
      q: 'acme "or"',
      in: 'ALL',
      sobjects: [{ name: 'Account' }],
    });
  });

  it('rejects invalid names and limits', () => {
    expect(() => parameterizedSearch('x', { sobjects: [{ name: 'Account, User' }] })).toThrow(InvalidIdentifierError);
    expect(() => parameterizedSearch('x', { sobjects: [], overallLimit: 2001 })).toThrow(QueryBuildError);
    expect(() => parameterizedSearch(' ', { sobjects: [] })).toThrow(expect.objectContaining({ code: 'EMPTY_SEARCH' }));
  });
});
