import { beforeEach, describe, expect, it } from 'vitest';
import type { FakeOrg } from '../org';
import { executeSoql } from './execute-soql';
import { API_VERSION, makeTestOrg, seedTestOrg } from './test-support/test-org';

let org: FakeOrg;
let seed: ReturnType<typeof seedTestOrg>;
const lastNames = (where: string) =>
  executeSoql(org, `SELECT LastName FROM Contact WHERE ${where} ORDER BY LastName`, API_VERSION).records.map((r) => r.LastName);

beforeEach(() => {
  org = makeTestOrg();
  seed = seedTestOrg(org);
});

describe('WHERE comparisons', () => {
  it('compares text case-insensitively, as Salesforce does for emails', () => {
    expect(lastNames(`Email = 'ROSE@Acme.COM'`)).toEqual(['Gonzalez']);
    expect(lastNames(`Email = 'o\\'brien+front@acme.com'`)).toEqual(["O'Brien"]);
  });

  it('keeps records whose field is null for != and NOT IN, and matches them with = null', () => {
    expect(lastNames(`Email != 'rose@acme.com'`)).toEqual(['Loner', "O'Brien"]);
    expect(lastNames(`Email NOT IN ('rose@acme.com')`)).toEqual(['Loner', "O'Brien"]);
    expect(lastNames(`Email = null`)).toEqual(['Loner']);
    expect(lastNames(`Email != null`)).toEqual(['Gonzalez', "O'Brien"]);
    expect(lastNames(`Email = ''`)).toEqual(['Loner']);
  });

  it('supports IN lists', () => {
    expect(lastNames(`FirstName IN ('rose', 'SEAN')`)).toEqual(['Gonzalez', "O'Brien"]);
  });

  it('matches LIKE with % and _ wildcards, case-insensitively, and \\% \\_ as literals', () => {
    expect(lastNames(`Email LIKE '%@ACME.com'`)).toEqual(['Gonzalez', "O'Brien"]);
    expect(lastNames(`LastName LIKE 'gonz_lez'`)).toEqual(['Gonzalez']);
    expect(lastNames(`LastName LIKE 'gonz\\_lez'`)).toEqual([]);
    expect(lastNames(`Title LIKE '100\\%'`)).toEqual([]);
  });

  it('matches an 18-char record by its 15-char ID and the reverse', () => {
    expect(lastNames(`Id = '${seed.rose.Id.slice(0, 15)}'`)).toEqual(['Gonzalez']);
    expect(lastNames(`AccountId IN ('${seed.acme.Id.slice(0, 15)}')`)).toEqual(['Gonzalez', "O'Brien"]);
  });

  it('compares numbers, booleans, dates and datetimes', () => {
    const names = (soql: string) => executeSoql(org, soql, API_VERSION).records.map((r) => r.Name);
    expect(names(`SELECT Name FROM Account WHERE AnnualRevenue > 1000000`)).toEqual(['Acme Corp']);
    expect(names(`SELECT Name FROM Account WHERE AnnualRevenue <= 120000.0`)).toEqual(['Globex']);
    expect(names(`SELECT Name FROM Lead WHERE IsConverted = false`)).toEqual(['Lena Lead']);
    org.insertTrusted('Lead', { LastName: 'Unset', Company: 'Nowhere' });
    expect(names(`SELECT Name FROM Lead WHERE IsConverted != true`)).toEqual(['Lena Lead', 'Unset']);
    expect(lastNames(`Birthdate < 1979-01-01`)).toEqual(["O'Brien"]);
    expect(lastNames(`Birthdate >= 1980-03-04`)).toEqual(['Gonzalez']);
    expect(lastNames(`CreatedDate = 2026-01-15T12:00:00.000+0000 AND CreatedDate > 2026-01-15T11:59:59Z`)).toHaveLength(3);
    expect(lastNames(`CreatedDate < 2026-01-15T15:00:00+02:00`)).toHaveLength(3);
    expect(lastNames(`CreatedDate < 2026-01-15T13:00:00+02:00`)).toHaveLength(0);
  });

  it('matches multi-select picklists with INCLUDES and EXCLUDES', () => {
    expect(lastNames(`Languages__c INCLUDES ('spanish')`)).toEqual(['Gonzalez']);
    expect(lastNames(`Languages__c INCLUDES ('English;Spanish', 'French')`)).toEqual(['Gonzalez']);
    expect(lastNames(`Languages__c INCLUDES ('English')`)).toEqual(['Gonzalez', "O'Brien"]);
    expect(lastNames(`Languages__c EXCLUDES ('Spanish') AND Languages__c != null`)).toEqual(["O'Brien"]);
  });

  it('filters on parent fields', () => {
    expect(lastNames(`Account.Name = 'acme corp' AND Account.Owner.Email = 'ada@example.com'`)).toEqual(['Gonzalez', "O'Brien"]);
  });
});

describe('WHERE logic', () => {
  it('combines AND, OR and NOT with parentheses', () => {
    expect(lastNames(`(FirstName = 'Rose' OR FirstName = 'Sean') AND Email LIKE 'o%'`)).toEqual(["O'Brien"]);
    expect(lastNames(`NOT (Email = null OR LastName = 'Gonzalez')`)).toEqual(["O'Brien"]);
    expect(lastNames(`NOT Email = null AND FirstName = 'Rose'`)).toEqual(['Gonzalez']);
    expect(lastNames(`FirstName = 'Rose' OR (FirstName = null AND LastName = 'Loner')`)).toEqual(['Gonzalez', 'Loner']);
  });

  it('runs semi-joins and anti-joins', () => {
    expect(lastNames(`Id IN (SELECT WhoId FROM Task WHERE Status = 'Completed')`)).toEqual(['Gonzalez']);
    expect(lastNames(`Id NOT IN (SELECT WhoId FROM Task)`)).toEqual(['Loner', "O'Brien"]);
  });

  it('runs an injected value that still parses as the query it became', () => {
    const injected = `x' OR LastName != '`;
    expect(lastNames(`Email = '${injected}'`)).toEqual(['Gonzalez', 'Loner', "O'Brien"]);
  });
});

describe('relative date literals', () => {
  it('resolves day ranges against the org clock (Thursday 2026-01-15)', () => {
    const subjects = (where: string) =>
      executeSoql(org, `SELECT Subject FROM Task WHERE ${where}`, API_VERSION).records.map((r) => r.Subject);
    expect(subjects('ActivityDate = YESTERDAY')).toEqual(['Call Rose']);
    expect(subjects('ActivityDate = LAST_N_DAYS:1')).toEqual(['Call Rose']);
    expect(subjects('ActivityDate = NEXT_N_DAYS:5')).toEqual(['Email Lena']);
    expect(subjects('ActivityDate = NEXT_N_DAYS:4')).toEqual([]);
    expect(subjects('ActivityDate = THIS_MONTH')).toEqual(['Call Rose', 'Email Lena']);
    expect(subjects('ActivityDate = THIS_WEEK')).toEqual(['Call Rose']);
    expect(subjects('ActivityDate > TODAY')).toEqual(['Email Lena']);
    expect(subjects('CreatedDate = TODAY')).toEqual(['Call Rose', 'Email Lena']);
  });
});
