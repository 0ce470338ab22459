import { beforeEach, describe, expect, it } from 'vitest';
import type { FakeOrg } from '../org';
import { executeSoql } from './execute-soql';
import { API_VERSION, makeTestOrg, seedTestOrg } from './test-support/test-org';

let org: FakeOrg;
const query = (soql: string) => executeSoql(org, soql, API_VERSION);
const column = (soql: string, field: string) => query(soql).records.map((record) => record[field]);

beforeEach(() => {
  org = makeTestOrg();
  seedTestOrg(org);
});

describe('ORDER BY', () => {
  it('puts nulls first ascending and last descending by default', () => {
    expect(column(`SELECT Email FROM Contact ORDER BY Email`, 'Email')).toEqual([null, "o'brien+front@acme.com", 'rose@acme.com']);
    expect(column(`SELECT Email FROM Contact ORDER BY Email DESC`, 'Email')).toEqual(['rose@acme.com', "o'brien+front@acme.com", null]);
  });

  it('honours NULLS FIRST / NULLS LAST', () => {
    expect(column(`SELECT Email FROM Contact ORDER BY Email ASC NULLS LAST`, 'Email')).toEqual(["o'brien+front@acme.com", 'rose@acme.com', null]);
    expect(column(`SELECT Email FROM Contact ORDER BY Email DESC NULLS FIRST`, 'Email')).toEqual([null, 'rose@acme.com', "o'brien+front@acme.com"]);
  });

  it('sorts by several keys, text case-insensitively, and by parent fields', () => {
    org.insertTrusted('Contact', { FirstName: 'adam', LastName: 'Loner', Email: 'adam@example.com' });
    const rows = query(`SELECT FirstName, LastName FROM Contact ORDER BY LastName DESC, FirstName ASC NULLS LAST`).records;
    expect(rows.map((r) => [r.LastName, r.FirstName])).toEqual([
      ["O'Brien", 'Sean'], ['Loner', 'adam'], ['Loner', null], ['Gonzalez', 'Rose'],
    ]);
    expect(column(`SELECT LastName FROM Contact WHERE AccountId != null ORDER BY Account.Name, Birthdate`, 'LastName')).toEqual(["O'Brien", 'Gonzalez']);
  });
});

describe('LIMIT and OFFSET', () => {
  it('skips OFFSET records then returns at most LIMIT, totalSize counting what is returned', () => {
    const result = query(`SELECT LastName FROM Contact ORDER BY LastName LIMIT 1 OFFSET 1`);
    expect(result.totalSize).toBe(1);
    expect(result.records.map((r) => r.LastName)).toEqual(['Loner']);
  });
});

describe('COUNT and aggregates', () => {
  it('answers SELECT COUNT() with totalSize only, as the count-only fixture shows', () => {
    expect(query(`SELECT COUNT() FROM Contact WHERE Email != null`)).toEqual({ totalSize: 2, done: true, records: [] });
    expect(query(`SELECT COUNT() FROM Contact LIMIT 1`).totalSize).toBe(1);
  });

  it('answers COUNT(field) as one AggregateResult row keyed expr0, expr1… or by alias', () => {
    expect(query(`SELECT COUNT(Id), COUNT(Email) withEmail, COUNT_DISTINCT(AccountId) FROM Contact`)).toEqual({
      totalSize: 1,
      done: true,
      records: [{ attributes: { type: 'AggregateResult' }, expr0: 3, withEmail: 2, expr1: 1 }],
    });
  });

  it('groups rows with GROUP BY and orders them by an aggregate', () => {
    const rows = query(`SELECT AccountId, COUNT(Id) n, MAX(Birthdate) FROM Contact GROUP BY AccountId ORDER BY COUNT(Id) DESC`).records;
    expect(rows.map(({ attributes: _attributes, ...row }) => row)).toEqual([
      { AccountId: org.records.all('Account')[0]?.Id, n: 2, expr0: '1980-03-04' },
      { AccountId: null, n: 1, expr0: null },
    ]);
  });

  it('sums numbers and counts zero over no rows', () => {
    expect(query(`SELECT SUM(AnnualRevenue) total FROM Account`).records[0]?.total).toBe(5120000);
    expect(query(`SELECT COUNT(Id) FROM Contact WHERE Email = 'nobody@example.com'`).records[0]?.expr0).toBe(0);
  });
});
