import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { SANDBOX_LOGIN_URL, useSalesforce } from '../../salesforce';
import { apiUsageText } from './api-usage-text';
import { useAuth, useAuthState } from './auth-context';
import { orgNameQueryOptions, userInfoQueryOptions } from './auth-queries';
import './auth.css';

/** Which org and user the sidebar is connected as, the org's API usage, and "Sign out". */
export function ConnectionSettings() {
  const auth = useAuth();
  const state = useAuthState();
  const { client, orgKey } = useSalesforce();
  const user = useQuery(userInfoQueryOptions(client, orgKey));
  const orgName = useQuery(orgNameQueryOptions(client, orgKey));
  const [signingOut, setSigningOut] = useState(false);
  const titleId = useId();
  if (state.phase !== 'signed-in') return null;
  const { session } = state;
  const usage = client.apiUsage();

  const signOut = () => {
    setSigningOut(true);
    void auth.signOut();
  };

  return (
    <section className="auth-settings" aria-labelledby={titleId}>
      <h3 className="auth-settings-title" id={titleId}>
        Salesforce connection
      </h3>
      <dl className="auth-facts">
        <dt>Org</dt>
        <dd>
          {orgName.data && (
            <>
              {orgName.data}
              <br />
            </>
          )}
          {new URL(session.instanceUrl).host}
          {session.loginUrl === SANDBOX_LOGIN_URL && ' (sandbox)'}
          <br />
          Org ID {session.orgId}
        </dd>
        <dt>User</dt>
        <dd>{user.data ? `${user.data.name} (${user.data.username})` : user.isError ? `User ID ${session.userId}` : 'Loading…'}</dd>
        <dt>API usage</dt>
        <dd>{usage ? apiUsageText(usage) : 'Known after the next Salesforce request'}</dd>
      </dl>
      <div className="auth-actions">
        <button type="button" className="ui-button" onClick={signOut} disabled={signingOut}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </section>
  );
}
