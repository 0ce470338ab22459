import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeOrg } from '../create-fake-org';
import type { FakeOrg } from '../org';
import { executeSoql } from './execute-soql';
import { API_VERSION, makeTestOrg, seedTestOrg } from './test-support/test-org';

let org: FakeOrg;
let seed: ReturnType<typeof seedTestOrg>;
const query = (soql: string) => executeSoql(org, soql, API_VERSION);

beforeEach(() => {
  org = makeTestOrg();
  seed = seedTestOrg(org);
});

describe('SELECT projection', () => {
  it('answers with attributes and fields in the describe casing, whatever the query casing', () => {
    const result = query(`select id, firstname, EMAIL from contact where id = '${seed.rose.Id}'`);
    expect(result).toEqual({
      totalSize: 1,
      done: true,
      records: [
        {
          attributes: { type: 'Contact', url: `/services/data/v60.0/sobjects/Contact/${seed.rose.Id}` },
          Id: seed.rose.Id,
          FirstName: 'Rose',
          Email: 'rose@acme.com',
        },
      ],
    });
    expect(Object.keys(result.records[0] ?? {})).toEqual(['attributes', 'Id', 'FirstName', 'Email']);
  });

  it('answers an unset field as an explicit null', () => {
    const [loner] = query(`SELECT FirstName, Title FROM Contact WHERE LastName = 'Loner'`).records;
    expect(loner).toMatchObject({ FirstName: null, Title: null });
  });

  it('composes a compound address from its parts, null when they are all empty', () => {
    const records = query(`SELECT LastName, MailingAddress FROM Contact WHERE LastName IN ('Gonzalez', 'Loner') ORDER BY LastName`).records;
    expect(records.map((r) => r.MailingAddress)).toEqual([{ city: 'Austin', country: 'USA', postalCode: null, street: null }, null]);
  });

  it('nests parent fields as records with their own attributes, merging paths through the same parent', () => {
    const [rose] = query(`SELECT Account.Name, Account.Owner.Name, Account.Id FROM Contact WHERE Id = '${seed.rose.Id}'`).records;
    expect(rose?.Account).toEqual({
      attributes: { type: 'Account', url: `/services/data/v60.0/sobjects/Account/${seed.acme.Id}` },
      Name: 'Acme Corp',
      Owner: { attributes: { type: 'User', url: `/services/data/v60.0/sobjects/User/${seed.user.Id}` }, Name: 'Ada Admin' },
      Id: seed.acme.Id,
    });
  });

  it('answers null for a parent when the lookup is empty', () => {
    const [loner] = query(`SELECT Account.Name, Account.Owner.Name FROM Contact WHERE LastName = 'Loner'`).records;
    expect(loner?.Account).toBeNull();
    const [globex] = query(`SELECT Owner.Name FROM Account WHERE Name = 'Globex'`).records;
    expect(globex?.Owner).toBeNull();
  });

  it('reaches polymorphic lookups through the Name entity, the url naming the real object', () => {
    const records = query(`SELECT Subject, What.Name, Who.Name, Who.Type FROM Task ORDER BY Subject`).records;
    expect(records[0]).toMatchObject({
      Subject: 'Call Rose',
      What: { attributes: { type: 'Name', url: `/services/data/v60.0/sobjects/Account/${seed.acme.Id}` }, Name: 'Acme Corp' },
      Who: { attributes: { type: 'Name', url: `/services/data/v60.0/sobjects/Contact/${seed.rose.Id}` }, Name: 'Rose Gonzalez', Type: 'Contact' },
    });
    expect(records[1]).toMatchObject({ Subject: 'Email Lena', What: null, Who: { Name: 'Lena Lead', Type: 'Lead' } });
  });

  it("names a Case through the Name entity by its CaseNumber, Case having no Name field", () => {
    const fullOrg = createFakeOrg({ seed: { records: {} } });
    const support = fullOrg.insertTrusted('Case', { Subject: 'Broken arm', Status: 'New', Origin: 'Email' });
    fullOrg.insertTrusted('Task', { Subject: 'Follow up the case', WhatId: support.Id, Status: 'Not Started', Priority: 'Normal' });
    const [task] = executeSoql(fullOrg, `SELECT What.Name FROM Task WHERE Subject = 'Follow up the case'`, API_VERSION).records;
    expect(task?.What).toMatchObject({ attributes: { type: 'Name' }, Name: support.CaseNumber });
    expect(support.CaseNumber).toMatch(/^\d{8}$/);
  });

  it('follows custom lookups by their __r relationship name', () => {
    const [request] = query(`SELECT Name, Account__r.Name FROM Account_Service_Request__c`).records;
    expect(request).toMatchObject({ Name: 'Broken laptop', Account__r: { attributes: { type: 'Account' }, Name: 'Acme Corp' } });
  });
});

describe('child relationship subqueries', () => {
  it('nests matching children as a query result and answers null when there are none', () => {
    const records = query(`SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account ORDER BY Name`).records;
    expect(records[0]?.Contacts).toEqual({
      totalSize: 2,
      done: true,
      records: [
        { attributes: { type: 'Contact', url: `/services/data/v60.0/sobjects/Contact/${seed.rose.Id}` }, LastName: 'Gonzalez' },
        { attributes: { type: 'Contact', url: `/services/data/v60.0/sobjects/Contact/${seed.sean.Id}` }, LastName: "O'Brien" },
      ],
    });
    expect(records[1]).toMatchObject({ Name: 'Globex', Contacts: null });
  });

  it('applies the subquery WHERE, ORDER BY and LIMIT per parent', () => {
    const [acme] = query(
      `SELECT Name, (SELECT LastName FROM Contacts WHERE Email != null ORDER BY LastName DESC LIMIT 1), (SELECT Id FROM Tasks WHERE Status = 'Open') FROM Account WHERE Name = 'Acme Corp'`,
    ).records;
    expect(acme?.Contacts).toMatchObject({ totalSize: 1, records: [{ LastName: "O'Brien" }] });
    expect(acme?.Tasks).toBeNull();
  });

  it('finds children through polymorphic and custom lookups', () => {
    const [acme] = query(`SELECT (SELECT Subject FROM Tasks), (SELECT Name FROM service_requests__r) FROM Account WHERE Name = 'Acme Corp'`).records;
    expect(acme?.Tasks).toMatchObject({ totalSize: 1, records: [{ Subject: 'Call Rose' }] });
    expect(acme?.Service_Requests__r).toMatchObject({ totalSize: 1, records: [{ Name: 'Broken laptop' }] });
  });
});
