import { CALLBACK_PATH, type AuthSettings, type OpenAuthWindow } from '../../features/auth';
import { DEFAULT_API_VERSION } from '../../salesforce';
import { openDemoAuthWindow } from './demo-auth-window';
import { startDemoOrg } from './start-demo-org';

// The fake org accepts any client id; this one names the demo in its consent page.
const DEMO_CLIENT_ID = 'front-salesforce-sidebar-demo';

/** The demo's sign-in: the fake org's My Domain as the login host, the consent page shown through this page. */
export async function startDemo(search: string, origin: string): Promise<{ settings: AuthSettings; openWindow: OpenAuthWindow }> {
  const org = await startDemoOrg(search);
  return {
    settings: {
      transport: 'demo',
      clientId: DEMO_CLIENT_ID,
      loginUrl: org.instanceUrl,
      redirectUri: new URL(CALLBACK_PATH, origin).href,
      apiVersion: DEFAULT_API_VERSION,
    },
    openWindow: openDemoAuthWindow,
  };
}
