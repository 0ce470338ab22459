import { parseQuery } from '@jetstreamapp/soql-parser-js';
import { describe, expect, it } from 'vitest';
import { c, likePattern, type Condition } from './conditions';
import { InvalidIdentifierError, QueryBuildError } from './errors';
import { soql } from './soql-builder';

const where = (condition: Condition) => soql.select(['Id']).from('Contact').where(condition).toString();
const whereText = (condition: Condition) => where(condition).replace('SELECT Id FROM Contact WHERE ', '');

describe('soql builder', () => {
  it('builds the sender lookup with the email escaped, and Salesforce-parseable', () => {
    const query = soql
      .select(['Id', 'Name', 'Account.Name'])
      .from('Contact')
      .where(c.eq('Email', "o'brien@example.org"))
      .orderBy('LastModifiedDate', 'DESC')
      .limit(5)
      .toString();
    expect(query).toBe(
      "SELECT Id, Name, Account.Name FROM Contact WHERE Email = 'o\\'brien@example.org' ORDER BY LastModifiedDate DESC LIMIT 5",
    );
    expect(parseQuery(query)).toMatchObject({ sObject: 'Contact', limit: 5, where: { left: { field: 'Email' } } });
  });

  it('renders every comparison operator and null checks', () => {
    expect(whereText(c.ne('Status', 'Closed'))).toBe("Status != 'Closed'");
    expect(whereText(c.lt('Amount', 10))).toBe('Amount < 10');
    expect(whereText(c.lte('Amount', 10.5))).toBe('Amount <= 10.5');
    expect(whereText(c.gt('Probability', -1))).toBe('Probability > -1');
    expect(whereText(c.gte('CloseDate', new Date('2026-01-05T00:00:00Z')))).toBe('CloseDate >= 2026-01-05T00:00:00Z');
    expect(whereText(c.eq('IsClosed', false))).toBe('IsClosed = false');
    expect(whereText(c.isNull('AccountId'))).toBe('AccountId = null');
    expect(whereText(c.notNull('AccountId'))).toBe('AccountId != null');
  });

  it('matches a plain LIKE string literally and keeps wildcards only from pattern helpers', () => {
    expect(whereText(c.like('Name', '50%_off'))).toBe("Name LIKE '50\\%\\_off'");
    expect(whereText(c.like('Name', likePattern.startsWith("O'Br")))).toBe("Name LIKE 'O\\'Br%'");
    expect(whereText(c.like('Name', likePattern.endsWith('_x')))).toBe("Name LIKE '%\\_x'");
    expect(whereText(c.like('Name', likePattern.contains('%')))).toBe("Name LIKE '%\\%%'");
    expect(whereText(c.like('Name', likePattern.wildcards("Ter%_'s")))).toBe("Name LIKE 'Ter%_\\'s'");
  });

  it('renders IN and NOT IN lists, and refuses an empty list rather than sending malformed SOQL', () => {
    expect(whereText(c.in('Email', ["o'b@x.org", 'a@b.co']))).toBe("Email IN ('o\\'b@x.org', 'a@b.co')");
    expect(whereText(c.notIn('Amount', [1, 2]))).toBe('Amount NOT IN (1, 2)');
    expect(() => where(c.in('Id', []))).toThrow(expect.objectContaining({ code: 'EMPTY_LIST' }));
  });

  it('renders semi-joins with the inner query escaped, and refuses COUNT() inside them', () => {
    const contacts = soql.select(['AccountId']).from('Contact').where(c.eq('Email', "o'b@x.org"));
    const query = soql.select(['Id']).from('Account').where(c.inQuery('Id', contacts)).toString();
    expect(query).toBe("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Email = 'o\\'b@x.org')");
    expect(parseQuery(query)).toMatchObject({ sObject: 'Account', where: { left: { field: 'Id', valueQuery: { sObject: 'Contact' } } } });
    expect(whereText(c.notInQuery('Id', soql.select(['WhoId']).from('Task')))).toBe('Id NOT IN (SELECT WhoId FROM Task)');
    expect(() => where(c.inQuery('Id', soql.count().from('Task')))).toThrow(expect.objectContaining({ code: 'INVALID_QUERY' }));
  });

  it('parenthesises nested AND / OR / NOT so precedence never depends on Salesforce defaults', () => {
    const a = c.eq('FirstName', 'a');
    const b = c.eq('LastName', 'b');
    const d = c.eq('Email', 'd');
    expect(whereText(c.or(a, c.and(b, d)))).toBe("FirstName = 'a' OR (LastName = 'b' AND Email = 'd')");
    expect(whereText(c.and(a, c.not(b)))).toBe("FirstName = 'a' AND (NOT LastName = 'b')");
    expect(whereText(c.not(c.or(a, b)))).toBe("NOT (FirstName = 'a' OR LastName = 'b')");
    expect(whereText(c.and(a))).toBe("FirstName = 'a'");
    const parsed = parseQuery(where(c.or(a, c.and(b, d))));
    expect(parsed.where).toMatchObject({ operator: 'OR', right: { left: { openParen: 1 }, operator: 'AND' } });
    expect(() => where(c.or())).toThrow(expect.objectContaining({ code: 'EMPTY_LIST' }));
  });

  it('ANDs chained where() calls without nesting', () => {
    const query = soql
      .select(['Id'])
      .from('Task')
      .where(c.eq('WhoId', '003000000000001'))
      .where(c.eq('Status', 'Open'))
      .where(c.or(c.eq('Priority', 'High'), c.eq('Priority', 'Normal')));
    expect(query.toString()).toBe(
      "SELECT Id FROM Task WHERE WhoId = '003000000000001' AND Status = 'Open' AND (Priority = 'High' OR Priority = 'Normal')",
    );
  });

  it('embeds child-relationship subqueries as the related lists need them', () => {
    const cases = soql
      .select(['Id', 'Subject'])
      .from('Cases')
      .where(c.eq('IsClosed', false))
      .orderBy('CreatedDate', 'DESC')
      .limit(5);
    const query = soql.select(['Id', cases, 'Name']).from('Contact').where(c.eq('Id', '003000000000001')).toString();
    expect(query).toBe(
      "SELECT Id, (SELECT Id, Subject FROM Cases WHERE IsClosed = false ORDER BY CreatedDate DESC LIMIT 5), Name FROM Contact WHERE Id = '003000000000001'",
    );
    expect(parseQuery(query).fields?.[1]).toMatchObject({ type: 'FieldSubquery', subquery: { relationshipName: 'Cases' } });
  });

  it('builds COUNT() queries and refuses them as subqueries', () => {
    expect(soql.count().from('Contact').where(c.eq('AccountId', '001000000000001')).toString()).toBe(
      "SELECT COUNT() FROM Contact WHERE AccountId = '001000000000001'",
    );
    const count = soql.count().from('Cases');
    expect(() => soql.select(['Id', count]).from('Contact').toString()).toThrow(QueryBuildError);
  });

  it('drops repeated fields case-insensitively (Salesforce rejects duplicates)', () => {
    expect(soql.select(['Id', 'Name', 'name', 'ID', 'Account.Name', 'account.name']).from('Contact').toString()).toBe(
      'SELECT Id, Name, Account.Name FROM Contact',
    );
  });

  it('sorts by several keys with NULLS ordering, and pages with LIMIT / OFFSET', () => {
    const query = soql.select(['Id']).from('Opportunity').orderBy('CloseDate', 'ASC', 'LAST').orderBy('Name').limit(10).offset(20);
    expect(query.toString()).toBe('SELECT Id FROM Opportunity ORDER BY CloseDate ASC NULLS LAST, Name LIMIT 10 OFFSET 20');
  });

  it('is immutable: deriving a query or mutating the input array never changes an existing query', () => {
    const fields = ['Id', 'Name'];
    const base = soql.select(fields).from('Lead');
    const derived = base.where(c.eq('IsConverted', false)).limit(1);
    fields.push('Email');
    expect(base.toString()).toBe('SELECT Id, Name FROM Lead');
    expect(derived.toString()).toBe('SELECT Id, Name FROM Lead WHERE IsConverted = false LIMIT 1');
  });

  it('rejects anything that is not an API name wherever a name is spliced in', () => {
    expect(() => soql.select(['Name, (SELECT Id FROM Users)']).from('Contact')).toThrow(InvalidIdentifierError);
    expect(() => soql.select(['Id']).from('Contact WHERE Id != null')).toThrow(InvalidIdentifierError);
    expect(() => soql.select(['Id']).from('Contact').orderBy('Name; DELETE')).toThrow(InvalidIdentifierError);
    expect(() => where(c.eq("Email = 'x' OR Id", 'y'))).toThrow(InvalidIdentifierError);
    expect(() => where(c.in('Id) OR (Name', ['x']))).toThrow(InvalidIdentifierError);
  });

  it('re-validates hand-built condition data when rendering', () => {
    const badOperator = { kind: 'compare', field: 'Name', operator: '= Name OR Name =', value: 'x' } as unknown as Condition;
    expect(() => where(badOperator)).toThrow(QueryBuildError);
    const badWildcard = { kind: 'like', field: 'Name', pattern: { kind: 'likePattern', segments: [{ wildcard: "' OR '" }] } };
    expect(() => where(badWildcard as unknown as Condition)).toThrow(QueryBuildError);
  });

  it('rejects empty selects and bad LIMIT / OFFSET values', () => {
    expect(() => soql.select([]).from('Contact')).toThrow(QueryBuildError);
    const query = soql.select(['Id']).from('Contact');
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => query.limit(bad)).toThrow(expect.objectContaining({ code: 'INVALID_LIMIT' }));
    }
    expect(() => query.offset(2001)).toThrow(expect.objectContaining({ code: 'INVALID_LIMIT' }));
    expect(query.offset(2000).toString()).toBe('SELECT Id FROM Contact OFFSET 2000');
  });
});
