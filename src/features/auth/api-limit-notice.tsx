import { useQuery } from '@tanstack/react-query';
import { useSalesforce } from '../../salesforce';
import { apiUsageText } from './api-usage-text';
import { apiUsageQueryOptions } from './auth-queries';
import { useApiLimitReached } from './use-api-limit-reached';
import './auth.css';

/**
 * Once the org's API limit is hit: how much is used, and when it frees up. Salesforce publishes no reset time —
 * it counts a rolling 24 hours and lets calls through again as that usage drops below the limit — so that is what
 * the notice says. Nothing here retries: every retry would be refused and counted.
 */
export function ApiLimitNotice() {
  const { client, orgKey } = useSalesforce();
  const reached = useApiLimitReached();
  const usage = useQuery({ ...apiUsageQueryOptions(client, orgKey), enabled: reached });
  return (
    <div role="status" className={reached ? 'auth-live auth-banner auth-banner-limit' : 'auth-live'}>
      {reached && (
        <p className="auth-text">
          {usage.data ? `${apiUsageText(usage.data)}. ` : ''}
          Salesforce counts requests over a rolling 24 hours, so the sidebar works again as older requests age out.
        </p>
      )}
    </div>
  );
}
