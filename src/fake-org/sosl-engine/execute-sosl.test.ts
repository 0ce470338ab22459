import { beforeEach, describe, expect, it } from 'vitest';
import malformedFixture from '../../../test/fixtures/salesforce/error-MALFORMED_SEARCH-restforce.json';
import searchFixture from '../../../test/fixtures/salesforce/sosl-search-v53-swiftlysalesforce.json';
import { ApiFault } from '../api-fault';
import type { FakeOrg } from '../org';
import { shapeOf } from '../soql-engine/test-support/shape';
import { API_VERSION, makeTestOrg, seedTestOrg } from '../soql-engine/test-support/test-org';
import { executeSosl } from './execute-sosl';

let org: FakeOrg;
let seed: ReturnType<typeof seedTestOrg>;
const search = (sosl: string) => executeSosl(org, sosl, API_VERSION).searchRecords;
const names = (sosl: string) => search(sosl).map((record) => `${record.attributes.type}:${String(record.Name)}`);

function faultOf(sosl: string): ApiFault {
  try {
    search(sosl);
  } catch (error) {
    if (error instanceof ApiFault) return error;
    throw error;
  }
  throw new Error(`expected ${sosl} to fail`);
}

beforeEach(() => {
  org = makeTestOrg();
  seed = seedTestOrg(org);
});

describe('FIND … IN EMAIL FIELDS', () => {
  it('finds an email case-insensitively and returns the requested fields in wire shape', () => {
    expect(search('FIND {ROSE@Acme.com} IN EMAIL FIELDS RETURNING Contact(Id, Name), Lead(Id)')).toEqual([
      {
        attributes: { type: 'Contact', url: `/services/data/v60.0/sobjects/Contact/${seed.rose.Id}` },
        Id: seed.rose.Id,
        Name: 'Rose Gonzalez',
      },
    ]);
  });

  it('finds an address holding reserved characters once they are escaped', () => {
    expect(names(`FIND {o\\'brien\\+front@acme.com} IN EMAIL FIELDS RETURNING Contact(Name)`)).toEqual(["Contact:Sean O'Brien"]);
  });

  it('does not look outside email fields', () => {
    expect(search('FIND {Gonzalez} IN EMAIL FIELDS RETURNING Contact(Id)')).toEqual([]);
  });
});

describe('FIND … IN PHONE FIELDS', () => {
  it.each([
    ['4155550134'],
    ['\\+14155550134'],
    ['\\(415\\) 555\\-0134'],
    ['555\\-0134'],
    ['415.555.0134'],
  ])('finds "(415) 555-0134" from %s, matching on digits', (term) => {
    expect(names(`FIND {${term}} IN PHONE FIELDS RETURNING Contact(Name), Account(Name)`)).toEqual(['Contact:Rose Gonzalez', 'Account:Acme Corp']);
  });

  it.each([['442079460958'], ['\\+44 20 7946 0958'], ['020 7946 0958'], ['7946']])('finds "+44 20 7946 0958" from %s', (term) => {
    expect(names(`FIND {${term}} IN PHONE FIELDS RETURNING Account(Name)`)).toEqual(['Account:Globex']);
  });

  it('needs at least four digits and does not match other numbers', () => {
    expect(search('FIND {415} IN PHONE FIELDS RETURNING Contact(Id)')).toEqual([]);
    expect(search('FIND {4155550100} IN PHONE FIELDS RETURNING Contact(Id)')).toEqual([]);
  });
});

describe('the search term', () => {
  it('matches name fields by whole words, with * and ? wildcards', () => {
    expect(names('FIND {gonzalez} IN NAME FIELDS RETURNING Contact(Name)')).toEqual(['Contact:Rose Gonzalez']);
    expect(names('FIND {gonz} IN NAME FIELDS RETURNING Contact(Name)')).toEqual([]);
    expect(names('FIND {gonz*} IN NAME FIELDS RETURNING Contact(Name)')).toEqual(['Contact:Rose Gonzalez']);
    expect(names('FIND {r?se} IN NAME FIELDS RETURNING Contact(Name)')).toEqual(['Contact:Rose Gonzalez']);
  });

  it('takes escaped reserved characters literally: \\* is no wildcard, \\} does not end the term', () => {
    expect(names('FIND {gonz\\*} IN NAME FIELDS RETURNING Contact(Name)')).toEqual([]);
    expect(names('FIND {gonzalez\\}} IN NAME FIELDS RETURNING Contact(Name)')).toEqual(['Contact:Rose Gonzalez']);
  });

  it('treats quoted phrases as consecutive words and spaces as AND', () => {
    expect(names('FIND {"rose gonzalez"} RETURNING Contact(Name)')).toEqual(['Contact:Rose Gonzalez']);
    expect(names('FIND {"gonzalez rose"} RETURNING Contact(Name)')).toEqual([]);
    expect(names('FIND {gonzalez rose} RETURNING Contact(Name)')).toEqual(['Contact:Rose Gonzalez']);
  });

  it('supports OR, AND NOT and parentheses', () => {
    expect(names('FIND {Rose OR Lena} IN NAME FIELDS RETURNING Contact(Name), Lead(Name)')).toEqual(['Contact:Rose Gonzalez', 'Lead:Lena Lead']);
    expect(names('FIND {acme AND NOT rose} RETURNING Contact(Name)')).toEqual(["Contact:Sean O'Brien"]);
    expect(names('FIND {(rose OR sean) AND acme} RETURNING Contact(Name)')).toEqual(['Contact:Rose Gonzalez', "Contact:Sean O'Brien"]);
  });

  it('searches every text field IN ALL FIELDS (the default)', () => {
    expect(names('FIND {Initech} RETURNING Lead(Name)')).toEqual(['Lead:Lena Lead']);
    expect(names('FIND {acme.com} RETURNING Contact(Name ORDER BY Name DESC)')).toEqual(["Contact:Sean O'Brien", 'Contact:Rose Gonzalez']);
  });
});

describe('RETURNING', () => {
  it('applies WHERE, ORDER BY and LIMIT like a query, including parent fields', () => {
    const records = search(`FIND {acme*} RETURNING Contact(Name, Account.Name WHERE Email != null ORDER BY Name DESC LIMIT 1)`);
    expect(records).toEqual([
      {
        attributes: { type: 'Contact', url: `/services/data/v60.0/sobjects/Contact/${seed.sean.Id}` },
        Name: "Sean O'Brien",
        Account: { attributes: { type: 'Account', url: `/services/data/v60.0/sobjects/Account/${seed.acme.Id}` }, Name: 'Acme Corp' },
      },
    ]);
  });

  it('returns only Ids by default and searches every object without RETURNING', () => {
    expect(search('FIND {Lena}')).toEqual([
      { attributes: { type: 'Lead', url: `/services/data/v60.0/sobjects/Lead/${seed.lead.Id}` }, Id: seed.lead.Id },
      { attributes: { type: 'Task', url: `/services/data/v60.0/sobjects/Task/${seed.email.Id}` }, Id: seed.email.Id },
    ]);
    expect(search('FIND {acme} RETURNING Account')).toEqual([
      { attributes: { type: 'Account', url: `/services/data/v60.0/sobjects/Account/${seed.acme.Id}` }, Id: seed.acme.Id },
    ]);
  });

  it('caps the whole result with the statement LIMIT', () => {
    expect(search('FIND {acme} RETURNING Account(Name), Contact(Name) LIMIT 2')).toHaveLength(2);
  });

  it('has the recorded /search shape', () => {
    org.insertTrusted('Case', { CaseNumber: '00001002', Subject: 'Acme printer jam' });
    const records = search('FIND {acme} RETURNING Contact(FirstName, LastName, Department), Account(Name, BillingCity, NumberOfEmployees), Case(CaseNumber)');
    const firstOf = (list: { attributes: { type: string } }[], type: string) => list.find((record) => record.attributes.type === type);
    for (const type of ['Contact', 'Account', 'Case']) {
      expect(shapeOf(firstOf(records, type))).toEqual(shapeOf(firstOf(searchFixture.searchRecords, type)));
    }
  });
});

describe('search errors', () => {
  it('answers a term without braces with the recorded MALFORMED_SEARCH', () => {
    expect(faultOf('FIND rose').errors).toEqual(malformedFixture);
  });

  it('refuses a term shorter than two characters', () => {
    expect(faultOf('FIND {a*}').errors).toEqual([{ errorCode: 'INVALID_SEARCH', message: 'search term must be longer than one character: a*' }]);
  });

  it('treats an unescaped closing brace as the end of the term', () => {
    const fault = faultOf('FIND {rose} OR x} IN ALL FIELDS');
    expect(fault.errorCode).toBe('MALFORMED_SEARCH');
    expect(fault.errors[0]?.message).toMatch(/unexpected token: 'OR'$/);
  });

  it('reports unknown objects and fields of RETURNING like SOQL does', () => {
    expect(faultOf('FIND {rose} RETURNING Contactz').errors[0]).toMatchObject({
      errorCode: 'INVALID_TYPE',
      message: expect.stringContaining("\nFIND {rose} RETURNING Contactz\n                      ^\nERROR at Row:1:Column:23\nsObject type 'Contactz' is not supported.") as unknown,
    });
    expect(faultOf('FIND {rose} RETURNING Contact(Id, Emial)').errors[0]).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: expect.stringContaining("ERROR at Row:1:Column:35\nNo such column 'Emial' on entity 'Contact'.") as unknown,
    });
  });

  it('answers a malformed RETURNING clause or group with MALFORMED_SEARCH', () => {
    expect(faultOf(`FIND {rose} RETURNING Contact(Id WHERE Email = )`).errorCode).toBe('MALFORMED_SEARCH');
    expect(faultOf(`FIND {rose} IN ADDRESS FIELDS`).errors[0]?.message).toMatch(/unexpected token: 'ADDRESS'$/);
  });
});
