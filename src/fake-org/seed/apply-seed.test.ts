import { describe, expect, it } from 'vitest';
import { buildStandardDescribes } from '../metadata';
import { DEFAULT_USER_ID, FakeOrg } from '../org';
import { applySeed } from './apply-seed';
import { parseSeed, type SeedData } from './seed-format';

const NOW = new Date('2026-03-02T12:00:00Z');

function emptyOrg(): FakeOrg {
  return new FakeOrg({ describes: buildStandardDescribes('https://demo.my.salesforce.com'), now: () => NOW });
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

describe('applySeed', () => {
  it('links "@ref" values to the referenced record whatever order objects and records come in', () => {
    const org = emptyOrg();
    const ids = applySeed(org, parseSeed({
      records: {
        Task: [{ Subject: 'Call', WhoId: '@ada', WhatId: '@deal', Status: 'Not Started' }],
        Contact: [{ ref: 'ada', LastName: 'Lovelace', Email: 'ada@acme.example', AccountId: '@acme', ReportsToId: '@boss' }, { ref: 'boss', LastName: 'Babbage', AccountId: '@acme' }],
        Opportunity: [{ ref: 'deal', Name: 'Engines', StageName: 'Prospecting', CloseDate: '2026-06-01', AccountId: '@acme' }],
        Account: [{ ref: 'acme', Name: 'Acme', Website: 'https://acme.example' }],
      },
    }));
    const ada = org.records.get(ids.get('ada') ?? '');
    expect(ada?.AccountId).toBe(ids.get('acme'));
    expect(ada?.ReportsToId).toBe(ids.get('boss'));
    expect(ada?.Name).toBe('Lovelace');
    const [task] = org.records.all('Task');
    expect(task?.WhoId).toBe(ids.get('ada'));
    expect(task?.WhatId).toBe(ids.get('deal'));
    expect(org.records.typeOf(ids.get('acme') ?? '')).toBe('Account');
  });

  it('keeps an explicit Id, accepts literal IDs in reference fields and returns every ref', () => {
    const org = emptyOrg();
    const ids = applySeed(org, {
      records: {
        Contact: [{ ref: 'ada', LastName: 'Lovelace', AccountId: '0015g0000012345AAA', OwnerId: DEFAULT_USER_ID }],
        Account: [{ ref: 'acme', Id: '0015g0000012345AAA', Name: 'Acme' }],
      },
    });
    expect(ids.get('acme')).toBe('0015g0000012345AAA');
    expect(org.records.get(ids.get('ada') ?? '')?.AccountId).toBe('0015g0000012345AAA');
    expect([...ids.keys()].sort()).toEqual(['acme', 'ada']);
  });

  it('accepts object and field names in any case, storing them as described', () => {
    const org = emptyOrg();
    applySeed(org, { records: { account: [{ name: 'Acme', WEBSITE: 'acme.example' }] } });
    expect(org.records.all('Account')[0]).toMatchObject({ Name: 'Acme', Website: 'acme.example' });
  });

  it('fills what Salesforce fills on create: default picklist values, false checkboxes, stage-derived fields', () => {
    const org = emptyOrg();
    applySeed(org, {
      records: {
        Account: [{ ref: 'acme', Name: 'Acme' }],
        Account_Service_Request__c: [{ Name: 'SR', Account__c: '@acme', Priority__c: 'High' }],
        Opportunity: [
          { Name: 'Won', StageName: 'Closed Won', CloseDate: '2026-01-10', AccountId: '@acme' },
          { Name: 'Open', StageName: 'Prospecting', CloseDate: '2026-06-10', AccountId: '@acme' },
        ],
        Case: [{ Subject: 'Done', Status: 'Closed' }],
      },
    });
    expect(org.records.all('Account_Service_Request__c')[0]?.Status__c).toBe('New');
    const [won, open] = org.records.all('Opportunity');
    expect(won).toMatchObject({ IsClosed: true, IsWon: true, Probability: 100 });
    expect(open).toMatchObject({ IsClosed: false, IsWon: false, Probability: 10 });
    expect(org.records.all('Case')[0]?.IsClosed).toBe(true);
  });

  it('stamps system fields from the org clock unless the seed backdates them', () => {
    const org = emptyOrg();
    applySeed(org, { records: { Account: [{ Name: 'New' }, { Name: 'Old', CreatedDate: '2025-11-03T08:30:00Z' }] } });
    const [fresh, old] = org.records.all('Account');
    expect(fresh?.CreatedDate).toBe('2026-03-02T12:00:00.000+0000');
    expect(fresh?.OwnerId).toBe(DEFAULT_USER_ID);
    expect(old?.CreatedDate).toBe('2025-11-03T08:30:00.000+0000');
  });

  it('names unknown objects, unknown fields and badly typed values', () => {
    const message = errorOf(() => applySeed(emptyOrg(), {
      records: {
        Contct: [{ LastName: 'x' }],
        Contact: [{ LastName: 'x', Emial: 'x@y.example' }, { LastName: 'y', Birthdate: '12/01/1990' }],
        Opportunity: [{ Name: 'x', StageName: 'Prospecting', CloseDate: '2026-01-01', Amount: 'lots' }],
      },
    }));
    expect(message).toContain('- records.Contct: no such object in the org');
    expect(message).toContain('- records.Contact[0].Emial: no such field on Contact');
    expect(message).toContain('- records.Contact[1].Birthdate: Birthdate expects a date as YYYY-MM-DD');
    expect(message).toContain('- records.Opportunity[0].Amount: Amount expects a number (currency), got string');
  });

  it('rejects picklist values the field does not offer, and dependent values their controller does not allow', () => {
    const message = errorOf(() => applySeed(emptyOrg(), {
      records: {
        Account: [{ ref: 'a', Name: 'A', Industry: 'Robotics' }],
        Account_Service_Request__c: [
          { Name: 'SR', Account__c: '@a', Priority__c: 'High', Category__c: 'Billing', Subcategory__c: 'Laptop' },
          { Name: 'SR2', Account__c: '@a', Priority__c: 'High', Subcategory__c: 'Refund' },
        ],
      },
    }));
    expect(message).toContain("records.Account[0].Industry: 'Robotics' is not an active value of Industry");
    expect(message).toContain("records.Account_Service_Request__c[0].Subcategory__c: 'Laptop' is not valid when Category__c is 'Billing'");
    expect(message).toContain("records.Account_Service_Request__c[1].Subcategory__c: 'Refund' needs its controlling field Category__c to be set");
  });

  it('reports missing required fields the way the API would refuse them', () => {
    const message = errorOf(() => applySeed(emptyOrg(), { records: { Account: [{ Website: 'x.example' }], Account_Service_Request__c: [{ Name: 'SR' }] } }));
    expect(message).toContain('records.Account[0]: required field Name is missing');
    expect(message).toContain('records.Account_Service_Request__c[0]: required field Priority__c is missing');
  });

  it('reports unknown refs, refs to the wrong kind of record, duplicate refs and cycles', () => {
    const bad: SeedData = {
      records: {
        Account: [{ ref: 'acme', Name: 'Acme' }, { ref: 'acme', Name: 'Acme again' }],
        Contact: [{ LastName: 'x', AccountId: '@nope' }, { LastName: 'y', AccountId: '@deal' }],
        Opportunity: [{ ref: 'deal', Name: 'D', StageName: 'Prospecting', CloseDate: '2026-01-01' }],
      },
    };
    const message = errorOf(() => applySeed(emptyOrg(), bad));
    expect(message).toContain("records.Account[1].ref: 'acme' is already used by records.Account[0]");
    expect(message).toContain("records.Contact[0].AccountId: unknown ref '@nope'");
    expect(message).toContain("records.Contact[1].AccountId: '@deal' is a record of Opportunity, but AccountId accepts only Account");
    const cycle = errorOf(() => applySeed(emptyOrg(), {
      records: { Contact: [{ ref: 'a', LastName: 'A', ReportsToId: '@b' }, { ref: 'b', LastName: 'B', ReportsToId: '@a' }] },
    }));
    expect(cycle).toContain('references form a cycle: records.Contact[0] -> records.Contact[1] -> records.Contact[0]');
  });

  it('rejects a literal ID of the wrong object and an explicit Id with the wrong key prefix', () => {
    const message = errorOf(() => applySeed(emptyOrg(), {
      records: { Contact: [{ LastName: 'x', AccountId: '0035g0000012345AAA' }], Account: [{ Id: '0035g0000012345AAA', Name: 'A' }] },
    }));
    expect(message).toContain(`records.Contact[0].AccountId: '0035g0000012345AAA' is neither "@ref" nor an ID of Account`);
    expect(message).toContain("records.Account[0].Id: '0035g0000012345AAA' does not start with Account's key prefix 001");
  });

  it('writes nothing when any record is bad', () => {
    const org = emptyOrg();
    expect(() => applySeed(org, { records: { Account: [{ Name: 'Fine' }], Contact: [{ LastName: 'x', Nope__c: 1 }] } })).toThrow();
    expect(org.records.all('Account')).toEqual([]);
  });
});
