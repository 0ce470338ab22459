import { beforeEach, describe, expect, it } from 'vitest';
import emptyFixture from '../../../test/fixtures/salesforce/sosl-parameterizedSearch-empty-v59-nango.json';
import { ApiFault } from '../api-fault';
import type { FakeOrg } from '../org';
import { API_VERSION, makeTestOrg, seedTestOrg } from '../soql-engine/test-support/test-org';
import { executeParameterizedSearch } from './parameterized-search';

let org: FakeOrg;
let seed: ReturnType<typeof seedTestOrg>;
const search = (body: unknown) => executeParameterizedSearch(org, body, API_VERSION);

function faultOf(body: unknown): ApiFault {
  try {
    search(body);
  } catch (error) {
    if (error instanceof ApiFault) return error;
    throw error;
  }
  throw new Error('expected the search to fail');
}

beforeEach(() => {
  org = makeTestOrg();
  seed = seedTestOrg(org);
});

describe('executeParameterizedSearch', () => {
  it('answers no match exactly as the recorded empty response', () => {
    expect(search({ q: 'nobody-here', sobjects: [{ name: 'Contact' }] })).toEqual(emptyFixture);
  });

  it('searches the given objects with their fields, WHERE and limit, falling back to the global fields', () => {
    const result = search({
      q: 'acme',
      fields: ['Name'],
      sobjects: [{ name: 'Contact', fields: ['Name', 'Email'], where: 'Email != null', limit: 1 }, { name: 'Account' }],
    });
    expect(result.searchRecords).toEqual([
      { attributes: { type: 'Contact', url: `/services/data/v60.0/sobjects/Contact/${seed.rose.Id}` }, Name: 'Rose Gonzalez', Email: 'rose@acme.com' },
      { attributes: { type: 'Account', url: `/services/data/v60.0/sobjects/Account/${seed.acme.Id}` }, Name: 'Acme Corp' },
    ]);
  });

  it('honours the "in" scope, string limits and overallLimit', () => {
    const phone = search({ q: '+1 415 555 0134', in: 'phone', sobjects: [{ name: 'Contact' }, { name: 'Account' }], defaultLimit: '5' });
    expect(phone.searchRecords.map((record) => record.Id)).toEqual([seed.rose.Id, seed.acme.Id]);
    expect(search({ q: 'acme', overallLimit: 1 }).searchRecords).toHaveLength(1);
  });

  it('rejects short terms, unknown objects and malformed bodies', () => {
    expect(faultOf({ q: 'a' }).errorCode).toBe('INVALID_SEARCH');
    expect(faultOf({ q: 'rose', sobjects: [{ name: 'Nope' }] }).errorCode).toBe('INVALID_TYPE');
    expect(faultOf({ q: 'rose', sobjects: [{ name: 'Contact', fields: ['Nope'] }] }).errorCode).toBe('INVALID_FIELD');
    expect(faultOf({ q: 'rose', sobjects: 'Contact' }).errorCode).toBe('JSON_PARSER_ERROR');
    expect(faultOf({ q: 'rose', in: 'EVERYWHERE' }).errorCode).toBe('MALFORMED_SEARCH');
  });
});
