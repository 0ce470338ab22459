import { QueryClient } from '@tanstack/react-query';

// A minute of freshness: revisiting a conversation within it costs no Salesforce API call.
export const STALE_TIME_MS = 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The Salesforce client already retries transient failures (5xx, 429); retrying an expired session or an
      // exhausted API limit would only hide the message from the agent and spend more of the limit.
      queries: { staleTime: STALE_TIME_MS, refetchOnWindowFocus: false, retry: false },
    },
  });
}
