import { describe, expect, it } from 'vitest';
import { ConflictError, DuplicatesError, SalesforceError, toSalesforceError } from '../../src/salesforce';
import { redactSecrets } from '../../src/salesforce/redact';

// What jsforce throws: an HttpApiError with `errorCode` and the parsed error item in `data`.
function httpApiError(errorCode: string, message: string, data?: unknown): Error {
  return Object.assign(new Error(message), { name: errorCode, errorCode, data });
}

describe('toSalesforceError', () => {
  it.each([
    ['INVALID_SESSION_ID', 'INVALID_SESSION_ID', 'Sign in again'],
    ['REQUEST_LIMIT_EXCEEDED', 'REQUEST_LIMIT_EXCEEDED', 'Try again later (requests free up over the next 24 hours), or ask your Salesforce admin to raise the limit'],
    ['API_DISABLED_FOR_ORG', 'API_DISABLED_FOR_ORG', 'Ask your admin to turn on API access for your Salesforce org'],
    ['API_CURRENTLY_DISABLED', 'API_CURRENTLY_DISABLED', 'Ask your admin for the API Enabled permission'],
    ['INSUFFICIENT_ACCESS_OR_READONLY', 'INSUFFICIENT_ACCESS_OR_READONLY', 'Ask your Salesforce admin for access'],
    ['INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', 'INSUFFICIENT_ACCESS_OR_READONLY', 'Ask your Salesforce admin for access'],
    ['REQUIRED_FIELD_MISSING', 'REQUIRED_FIELD_MISSING', 'Fill in the required fields'],
    ['INVALID_FIELD_FOR_INSERT_UPDATE', 'INVALID_FIELD', 'Check the field settings, or ask your Salesforce admin about field access'],
    ['MALFORMED_QUERY', 'MALFORMED_QUERY', 'Try different search text'],
    ['ENTITY_IS_DELETED', 'ENTITY_IS_DELETED', 'Refresh the panel'],
    ['STRING_TOO_LONG', 'INVALID_VALUE', 'Correct the value and save again'],
    ['SOMETHING_NEW_IN_WINTER_27', 'UNKNOWN', 'Try again'],
  ])('maps %s to %s with an action', (serverCode, code, action) => {
    const error = toSalesforceError(httpApiError(serverCode, 'server says no', { message: 'server says no', errorCode: serverCode }));
    expect(error).toBeInstanceOf(SalesforceError);
    expect(error).toMatchObject({ code, action, serverMessage: 'server says no' });
    expect(error.userMessage.length).toBeGreaterThan(0);
  });

  it('keeps the fields of a field-level error', () => {
    const error = toSalesforceError(
      httpApiError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [LastName, Company]', {
        fields: ['LastName', 'Company'],
        message: 'Required fields are missing: [LastName, Company]',
        errorCode: 'REQUIRED_FIELD_MISSING',
      }),
      { status: 400 },
    );
    expect(error).toMatchObject({ code: 'REQUIRED_FIELD_MISSING', fields: ['LastName', 'Company'], status: 400 });
  });

  it('merges the fields of several errors in one response (jsforce MULTIPLE_API_ERRORS)', () => {
    const error = toSalesforceError(
      httpApiError('MULTIPLE_API_ERRORS', 'Multiple errors returned.', [
        { errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: ['LastName'] },
        { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Bad phone', fields: ['Phone'] },
      ]),
      { status: 400 },
    );
    expect(error).toMatchObject({ code: 'REQUIRED_FIELD_MISSING', fields: ['LastName', 'Phone'] });
  });

  it('strips the SOAP fault namespace (sf:INVALID_SESSION_ID)', () => {
    expect(toSalesforceError(httpApiError('sf:INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader'))).toMatchObject({
      code: 'INVALID_SESSION_ID',
      serverCode: 'INVALID_SESSION_ID',
    });
  });

  it('uses the HTTP status when Salesforce sent no error code', () => {
    expect(toSalesforceError(httpApiError('ERROR_HTTP_503', '<html>down</html>'))).toMatchObject({ code: 'SERVER_UNAVAILABLE', status: 503 });
    expect(toSalesforceError(httpApiError('ERROR_HTTP_412', ''))).toBeInstanceOf(ConflictError);
    expect(toSalesforceError(httpApiError('PRECONDITION_FAILED', 'modified'), { status: 412 })).toBeInstanceOf(ConflictError);
  });

  it('reads the matching records of DUPLICATES_DETECTED', () => {
    const error = toSalesforceError(
      httpApiError('DUPLICATES_DETECTED', 'Use one of these records?', {
        errorCode: 'DUPLICATES_DETECTED',
        message: 'Use one of these records?',
        duplicateResult: {
          allowSave: false,
          matchResults: [{ matchRecords: [{ record: { attributes: { type: 'Lead' }, Id: '00Q5g000000000AAAQ' } }] }],
        },
      }),
    );
    expect(error).toBeInstanceOf(DuplicatesError);
    expect(error).toMatchObject({ allowSave: false, matches: [{ id: '00Q5g000000000AAAQ', sobject: 'Lead' }] });
  });

  it('maps failed session refreshes to INVALID_SESSION_ID, unless the network was the problem', () => {
    expect(toSalesforceError(new Error('Unable to refresh session due to: expired access/refresh token'))).toMatchObject({
      code: 'INVALID_SESSION_ID',
    });
    expect(
      toSalesforceError(new Error('Unable to refresh session due to: request to https://login.salesforce.com/services/oauth2/token failed, reason: getaddrinfo ENOTFOUND')),
    ).toMatchObject({ code: 'NETWORK' });
  });

  it.each([
    Object.assign(new Error('request to https://x.my.salesforce.com failed, reason: connect ECONNREFUSED'), { name: 'FetchError' }),
    new TypeError('Failed to fetch'),
    new TypeError('NetworkError when attempting to fetch resource.'),
    new TypeError('Load failed'),
  ])('maps network failures to NETWORK: %s', (cause) => {
    expect(toSalesforceError(cause)).toMatchObject({ code: 'NETWORK', action: 'Check your connection and try again' });
  });

  it('maps anything else to UNKNOWN and returns SalesforceErrors unchanged', () => {
    expect(toSalesforceError('boom')).toMatchObject({ code: 'UNKNOWN' });
    const typed = new SalesforceError({ code: 'NOT_FOUND' });
    expect(toSalesforceError(typed)).toBe(typed);
  });

  it('never carries a token into its message', () => {
    const token = '00D5g000004ZmKt!AQ4AQFakeAccessToken.value_123';
    const refresh = '5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJrOjlGNQ3KFBc9oPKKUJFXQVHk2sIXcGDtLBXYVl8iT9';
    const error = toSalesforceError(new Error(`Bad session ${token} (Authorization: Bearer ${token}) refresh_token=${refresh}`));
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain(refresh);
    expect(error.serverMessage).not.toContain(token);
  });
});

describe('redactSecrets', () => {
  it('masks access tokens, refresh tokens, JWTs, bearer headers, form parameters and SOAP session ids', () => {
    const text = [
      '00D5g000004ZmKt!AQ4AQFake.token',
      '5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJrOjlGNQ3',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
      'Bearer abc.def',
      'code=aPrxSecret&state=ok',
      '<sessionId>00D5g!secret</sessionId>',
    ].join(' ');
    const redacted = redactSecrets(text);
    expect(redacted).not.toMatch(/AQ4AQFake|TSESvWeug|eyJzdWIi|abc\.def|aPrxSecret|00D5g!secret/);
    expect(redacted).toContain('state=ok');
  });
});
