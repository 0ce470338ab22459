import { getResponse, http } from 'msw';
import type { FakeOrgHarness } from '../../../../test/support/fake-org';
import { fakeOrgHandlers } from '../../../fake-org/handlers';

type Body = Record<string, unknown>;

/** Salesforce refuses the composite subrequests whose body matches (as a trigger or validation rule would). */
export function refuseSubrequests({ server, instanceUrl, org }: FakeOrgHarness, refused: (body: Body) => boolean) {
  server.use(
    http.post(`${instanceUrl}/services/data/:version/composite`, async ({ request }) => {
      const body = (await request.json()) as { compositeRequest: { body?: Body }[] };
      for (const sub of body.compositeRequest) if (sub.body && refused(sub.body)) sub.body.Refused__c = true;
      return getResponse(fakeOrgHandlers(org), new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body) }));
    }),
  );
}
