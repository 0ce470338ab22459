import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../support/fake-org';
import { readFixture, shapeOf } from '../support/fixtures';
import { API, rest } from '../support/rest';

const fakeOrg = withFakeOrg();

interface CompositeResponse {
  compositeResponse: Array<{ body: unknown; httpHeaders: Record<string, string>; httpStatusCode: number; referenceId: string }>;
}

const composite = async (allOrNone: boolean, compositeRequest: unknown[]) =>
  (await rest(fakeOrg(), 'POST', '/composite', { body: { allOrNone, compositeRequest } })).body as CompositeResponse;

describe('fake org /composite', () => {
  it('runs subrequests in order with references between them, as one API call', async () => {
    const harness = fakeOrg();
    const result = await composite(false, [
      { method: 'POST', url: `${API}/sobjects/Account`, referenceId: 'newAccount', body: { Name: 'Composite Co' } },
      { method: 'POST', url: `${API}/sobjects/Contact`, referenceId: 'newContact', body: { LastName: 'Ref', AccountId: '@{newAccount.id}' } },
      { method: 'GET', url: `${API}/query?q=SELECT+Id,Account.Name+FROM+Contact+WHERE+Id='@{newContact.id}'`, referenceId: 'check' },
    ]);
    expect(result.compositeResponse.map((r) => r.httpStatusCode)).toEqual([201, 201, 200]);
    const contactId = (result.compositeResponse[1]?.body as { id: string }).id;
    expect(harness.org.records.get(contactId)?.AccountId).toBe((result.compositeResponse[0]?.body as { id: string }).id);
    expect(result.compositeResponse[2]?.body).toMatchObject({ totalSize: 1, records: [{ Account: { Name: 'Composite Co' } }] });
    expect(harness.org.usage.served).toBe(1);
  });

  it('gives a created record its Location in httpHeaders, and other subresponses none, as recorded', async () => {
    const result = await composite(false, [
      { method: 'POST', url: '/services/data/v60.0/sobjects/Account', referenceId: 'created', body: { Name: 'Located Co' } },
      { method: 'PATCH', url: `${API}/sobjects/acme__Widget__c/acme__Serial__c/WX-0500`, referenceId: 'upserted', body: { Name: 'W' } },
      { method: 'PATCH', url: `${API}/sobjects/Account/@{created.id}`, referenceId: 'updated', body: { Phone: '1' } },
      { method: 'GET', url: `${API}/query?q=SELECT+Id+FROM+Account+LIMIT+1`, referenceId: 'queried' },
    ]);
    const [created, upserted, updated, queried] = result.compositeResponse;
    const createdId = (created?.body as { id: string }).id;
    expect(created?.httpHeaders).toEqual({ Location: `/services/data/v60.0/sobjects/Account/${createdId}` });
    expect(upserted).toMatchObject({ httpStatusCode: 201, body: { created: true } });
    expect(upserted?.httpHeaders).toEqual({ Location: `${API}/sobjects/acme__Widget__c/${(upserted?.body as { id: string }).id}` });
    expect(updated).toMatchObject({ httpStatusCode: 204, body: null, httpHeaders: {} });
    const recorded = readFixture<CompositeResponse>('error-INVALID_TYPE-in-composite-cumulusci.json').compositeResponse[0];
    expect(queried?.httpHeaders).toEqual(recorded?.httpHeaders);
  });

  it('sends the same Location header on a plain create', async () => {
    const { status, headers, body } = await rest(fakeOrg(), 'POST', '/sobjects/Contact', { body: { LastName: 'Located' } });
    expect(status).toBe(201);
    expect(headers.get('Location')).toBe(`${API}/sobjects/Contact/${(body as { id: string }).id}`);
  });

  it('fails only the subrequest whose reference cannot be resolved, in the recorded envelope', async () => {
    const result = await composite(false, [
      { method: 'GET', url: `${API}/query?q=SELECT+Id+FROM+Contact+WHERE+Email='nobody@nowhere.example'`, referenceId: 'person' },
      { method: 'GET', url: `${API}/sobjects/Contact/@{person.records[0].Id}`, referenceId: 'detail' },
      { method: 'GET', url: `${API}/query?q=SELECT+COUNT()+FROM+Account`, referenceId: 'accounts' },
    ]);
    const recorded = readFixture<CompositeResponse>('error-NOT_FOUND-in-composite-cumulusci.json');
    expect(shapeOf(result.compositeResponse[1])).toEqual(shapeOf(recorded.compositeResponse[0]));
    expect(result.compositeResponse.map((r) => r.httpStatusCode)).toEqual([200, 400, 200]);
    expect(result.compositeResponse[1]?.body).toMatchObject([{ errorCode: 'PROCESSING_HALTED' }]);
  });

  it('reports a failing query subrequest with its own error, like the recorded INVALID_TYPE response', async () => {
    const result = await composite(false, [
      { method: 'GET', url: `${API}/query?q=select+count()+from+Account`, referenceId: 'refAccount' },
      { method: 'GET', url: `${API}/query?q=select+count()+from+XYZZY`, referenceId: 'refXYZZY' },
    ]);
    const recorded = readFixture<CompositeResponse>('error-INVALID_TYPE-in-composite-cumulusci.json');
    expect(result.compositeResponse[1]).toEqual({ ...recorded.compositeResponse[1] });
    expect(shapeOf(result.compositeResponse[0])).toEqual(shapeOf(recorded.compositeResponse[0]));
  });

  it('rolls every write back when allOrNone and one subrequest fails', async () => {
    const harness = fakeOrg();
    const accounts = harness.org.records.all('Account').length;
    const result = await composite(true, [
      { method: 'POST', url: `${API}/sobjects/Account`, referenceId: 'ok', body: { Name: 'Rolled back' } },
      { method: 'POST', url: `${API}/sobjects/Contact`, referenceId: 'bad', body: { FirstName: 'No last name' } },
    ]);
    expect(result.compositeResponse.map((r) => [r.referenceId, r.httpStatusCode])).toEqual([
      ['ok', 400],
      ['bad', 400],
    ]);
    expect(result.compositeResponse[0]?.body).toMatchObject([{ errorCode: 'PROCESSING_HALTED' }]);
    expect(result.compositeResponse[1]?.body).toMatchObject([{ errorCode: 'REQUIRED_FIELD_MISSING' }]);
    expect(harness.org.records.all('Account')).toHaveLength(accounts);
  });

  it('enforces 25 subrequests at most, and 5 queries at most', async () => {
    const limits = (n: number, url: string) =>
      Array.from({ length: n }, (_, i) => ({ method: 'GET', url, referenceId: `r${i}` }));
    const tooMany = await rest(fakeOrg(), 'POST', '/composite', { body: { compositeRequest: limits(26, `${API}/limits`) } });
    expect(tooMany.status).toBe(400);
    const tooManyQueries = await rest(fakeOrg(), 'POST', '/composite', {
      body: { compositeRequest: limits(6, `${API}/query?q=SELECT+Id+FROM+Account`) },
    });
    expect(tooManyQueries.status).toBe(400);
    const fine = await rest(fakeOrg(), 'POST', '/composite', {
      body: { compositeRequest: [...limits(5, `${API}/query?q=SELECT+Id+FROM+Account`), ...limits(20, `${API}/limits`).map((r, i) => ({ ...r, referenceId: `l${i}` }))] },
    });
    expect(fine.status).toBe(200);
  });
});
