import { browserDescribeStorage, createSalesforceClient, createSalesforceConnection, type SalesforceClient } from '../salesforce';

export interface PanelSession {
  readonly client: SalesforceClient;
  /** orgId:userId — keys every cache so two orgs or two users never share one. */
  readonly orgKey: string;
  readonly instanceUrl: string;
}

/**
 * The demo's session: the fake org starts in this page (loaded lazily, so a production bundle never
 * downloads it) and the real jsforce client connects to it.
 */
export async function openDemoSession(search: string): Promise<PanelSession> {
  const { startDemoOrg } = await import('./demo/start-demo-org');
  const demo = await startDemoOrg(search);
  const connection = createSalesforceConnection({ instanceUrl: demo.instanceUrl, accessToken: demo.accessToken });
  return {
    client: createSalesforceClient(connection, { describeStorage: browserDescribeStorage() }),
    orgKey: `${demo.org.orgId}:${demo.org.userId}`,
    instanceUrl: demo.instanceUrl,
  };
}
