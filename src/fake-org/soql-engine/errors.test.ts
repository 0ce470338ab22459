import { beforeEach, describe, expect, it } from 'vitest';
import malformedFixture from '../../../test/fixtures/salesforce/error-MALFORMED_QUERY-400-v39-node-salesforce-connection.json';
import compositeFixture from '../../../test/fixtures/salesforce/error-INVALID_TYPE-in-composite-cumulusci.json';
import invalidTypeFixture from '../../../test/fixtures/salesforce/error-INVALID_TYPE-query-400-v50-snowfakery.json';
import { ApiFault } from '../api-fault';
import type { FakeOrg } from '../org';
import { executeSoql } from './execute-soql';
import { API_VERSION, makeTestOrg, seedTestOrg } from './test-support/test-org';

let org: FakeOrg;

beforeEach(() => {
  org = makeTestOrg();
  seedTestOrg(org);
});

function faultOf(soql: string): ApiFault {
  try {
    executeSoql(org, soql, API_VERSION);
  } catch (error) {
    if (error instanceof ApiFault) return error;
    throw error;
  }
  throw new Error(`expected ${soql} to fail`);
}

const FIELD_HINT =
  "If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";
const RELATIONSHIP_HINT =
  "If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.";

describe('errors with the recorded bodies', () => {
  it('answers an unparsable query as the recorded MALFORMED_QUERY', () => {
    const fault = faultOf('invalid');
    expect(fault.status).toBe(400);
    expect(fault.errors).toEqual(malformedFixture);
  });

  it('answers an unknown object exactly as the recorded INVALID_TYPE bodies', () => {
    expect(faultOf('SELECT Xyzzy FROM Xyzzy').errors).toEqual(invalidTypeFixture);
    expect(faultOf('select count() from XYZZY').errors).toEqual(compositeFixture.compositeResponse[1]?.body);
  });
});

describe('query errors', () => {
  it('points at an unknown field with INVALID_FIELD', () => {
    const fault = faultOf('SELECT Id, Foo FROM Contact');
    expect(fault.errors).toEqual([
      {
        errorCode: 'INVALID_FIELD',
        message: `\nSELECT Id, Foo FROM Contact\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'Contact'. ${FIELD_HINT}`,
      },
    ]);
  });

  it('names the parent entity for an unknown field behind a relationship, and the Name entity behind a polymorphic one', () => {
    expect(faultOf('SELECT Account.Foo FROM Contact').errors[0]?.message).toContain("No such column 'Foo' on entity 'Account'.");
    expect(faultOf('SELECT What.Industry FROM Task').errors[0]?.message).toContain("No such column 'Industry' on entity 'Name'.");
  });

  it('rejects an unknown relationship in a field path', () => {
    const fault = faultOf(`SELECT Id FROM Contact WHERE Acount.Name = 'x'`);
    expect(fault.errors).toEqual([
      {
        errorCode: 'INVALID_FIELD',
        message: `\nSELECT Id FROM Contact WHERE Acount.Name = 'x'\n                             ^\nERROR at Row:1:Column:30\nDidn't understand relationship 'Acount' in field path. ${RELATIONSHIP_HINT}`,
      },
    ]);
  });

  it('rejects an unknown child relationship with INVALID_TYPE', () => {
    const fault = faultOf('SELECT Id, (SELECT Id FROM Contactz) FROM Account');
    expect(fault.errorCode).toBe('INVALID_TYPE');
    expect(fault.errors[0]?.message).toBe(
      `\nSELECT Id, (SELECT Id FROM Contactz) FROM Account\n                           ^\nERROR at Row:1:Column:28\nDidn't understand relationship 'Contactz' in FROM part of query call. ${RELATIONSHIP_HINT}`,
    );
  });

  it('rejects a syntax error at the offending token, with the caret block', () => {
    expect(faultOf('SELECT Id, FROM Contact').errors).toEqual([
      { errorCode: 'MALFORMED_QUERY', message: "\nSELECT Id, FROM Contact\n           ^\nERROR at Row:1:Column:12\nunexpected token: 'FROM'" },
    ]);
    expect(faultOf(`SELECT Id FROM Contact WHERE Email = a@b.com`).errors[0]?.message).toMatch(/Column:39\nunexpected token: '@'$/);
  });

  it('fails an injected quote that no longer parses with MALFORMED_QUERY', () => {
    expect(faultOf(`SELECT Id FROM Contact WHERE Email = 'x' OR Name != 'y''`).errorCode).toBe('MALFORMED_QUERY');
  });

  it('refuses AND and OR mixed without parentheses', () => {
    const fault = faultOf(`SELECT Id FROM Contact WHERE Email = 'a' AND LastName = 'b' OR LastName = 'c'`);
    expect(fault.errorCode).toBe('MALFORMED_QUERY');
    expect(fault.errors[0]?.message).toMatch(/Column:61\nunexpected token: 'OR'$/);
  });

  it('rejects literals of the wrong type for the field', () => {
    expect(faultOf(`SELECT Id FROM Contact WHERE Birthdate = '2020-01-01'`).errors[0]).toEqual({
      errorCode: 'INVALID_FIELD',
      message:
        "\nSELECT Id FROM Contact WHERE Birthdate = '2020-01-01'\n                                         ^\nERROR at Row:1:Column:42\nvalue of filter criterion for field 'Birthdate' must be of type date and should not be enclosed in quotes",
    });
    expect(faultOf(`SELECT Id FROM Contact WHERE CreatedDate > 2026-01-01`).errors[0]?.message).toContain('must be of type dateTime and should not be enclosed in quotes');
    expect(faultOf(`SELECT Id FROM Contact WHERE LastName = 5`).errors[0]?.message).toContain("field 'LastName' must be of type string and should be enclosed in quotes");
    expect(faultOf(`SELECT Id FROM Lead WHERE IsConverted = 'false'`).errors[0]?.message).toContain('must be of type boolean');
  });

  it('rejects an ID filter that is not an ID, and illegal string escapes', () => {
    expect(faultOf(`SELECT Id FROM Contact WHERE Id = 'abc'`).errors[0]).toMatchObject({
      errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
      message: expect.stringMatching(/invalid ID field: abc$/) as unknown,
    });
    expect(faultOf(`SELECT Id FROM Contact WHERE LastName = 'a\\qb'`).errors[0]).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: expect.stringMatching(/Illegal character sequence '\\q' in string literal\.$/) as unknown,
    });
  });

  it('requires plain fields of an aggregate query to be grouped', () => {
    expect(faultOf('SELECT LastName, COUNT(Id) FROM Contact').errors[0]?.message).toMatch(/Field must be grouped or aggregated: LastName$/);
  });
});
