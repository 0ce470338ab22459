import { beforeEach, describe, expect, it } from 'vitest';
import subqueryFixture from '../../../test/fixtures/salesforce/query-Account-with-Contacts-Tasks-subqueries-v28-sf-api-connector.json';
import ownerFixture from '../../../test/fixtures/salesforce/query-Account-with-Owner-parent-v28-sf-api-connector.json';
import aggregateFixture from '../../../test/fixtures/salesforce/query-aggregate-Task-swiftlysalesforce.json';
import contactFixture from '../../../test/fixtures/salesforce/query-Contact-with-Account-Owner-v60-nango.json';
import countFixture from '../../../test/fixtures/salesforce/query-count-only-v50-snowfakery.json';
import leadFixture from '../../../test/fixtures/salesforce/query-Lead-with-Owner-v60-nango.json';
import type { FakeOrg } from '../org';
import { executeSoql } from './execute-soql';
import { shapeOf } from './test-support/shape';
import { API_VERSION, makeTestOrg, seedTestOrg } from './test-support/test-org';

// The engine's answers have the same keys, key order and nesting as real recorded responses to the
// same kind of query (values differ: these are different orgs).

let org: FakeOrg;
let seed: ReturnType<typeof seedTestOrg>;
const query = (soql: string) => executeSoql(org, soql, API_VERSION);
const withRecords = <T extends { records: unknown[] }>(result: T, records: unknown[]) => ({ ...result, records });

beforeEach(() => {
  org = makeTestOrg();
  seed = seedTestOrg(org);
});

describe('query results have the recorded wire shape', () => {
  const contactFields =
    'Id, FirstName, LastName, Account.Name, Email, AccountId, OwnerId, Owner.Name, MobilePhone, Phone, Title, Salutation, LastModifiedDate';

  it('Contact with Account and Owner parents', () => {
    const rose = query(`SELECT ${contactFields} FROM Contact WHERE Id = '${seed.rose.Id}'`);
    expect(shapeOf(rose)).toEqual(shapeOf(withRecords(contactFixture, [contactFixture.records[0]])));
  });

  it('Contact whose Account lookup is empty (Account: null)', () => {
    const loner = query(`SELECT ${contactFields} FROM Contact WHERE Id = '${seed.loner.Id}'`);
    expect(shapeOf(loner)).toEqual(shapeOf(withRecords(contactFixture, [contactFixture.records[1]])));
  });

  it('Account with Owner parent', () => {
    const acme = query(`SELECT Id, Name, Owner.Name, Owner.Id FROM Account WHERE Id = '${seed.acme.Id}'`);
    expect(shapeOf(acme)).toEqual(shapeOf(ownerFixture));
  });

  it('Lead with a polymorphic Owner, typed "Name"', () => {
    const fields = 'Id, FirstName, LastName, Company, Email, Title, Salutation, Website, Industry, LastModifiedDate, OwnerId, Owner.Name, Phone';
    const lead = query(`SELECT ${fields} FROM Lead`);
    expect(shapeOf(lead)).toEqual(shapeOf(withRecords(leadFixture, [leadFixture.records[0]])));
    expect((lead.records[0]?.Owner as { attributes: unknown }).attributes).toMatchObject({ type: leadFixture.records[0]?.Owner.attributes.type });
  });

  it('Account with a filled child subquery and an empty one (null)', () => {
    const acme = query(
      `SELECT Id, Name, AnnualRevenue, (SELECT Id, FirstName, Email FROM Contacts), (SELECT Id FROM Tasks WHERE Status = 'Deferred') FROM Account WHERE Id = '${seed.acme.Id}'`,
    );
    expect(shapeOf(acme)).toEqual(shapeOf(subqueryFixture));
  });

  it('COUNT() alone', () => {
    expect(shapeOf(query('SELECT COUNT() FROM Contact'))).toEqual(shapeOf(countFixture));
  });

  it('aggregate rows with an alias', () => {
    const rows = query('SELECT WhatId, ActivityDate, Status, COUNT(Id) MyCount FROM Task GROUP BY WhatId, ActivityDate, Status');
    expect(shapeOf(rows)).toEqual(shapeOf(aggregateFixture));
  });
});
