import { QueryClient } from '@tanstack/react-query';

// A minute of freshness: revisiting a conversation within it costs no Salesforce API call.
export const STALE_TIME_MS = 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: STALE_TIME_MS, refetchOnWindowFocus: false },
    },
  });
}
