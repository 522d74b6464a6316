import { QueryClient } from '@tanstack/react-query';

/**
 * One query cache per page. The Graph client already retries throttling and dropped connections (one policy,
 * `src/graph/middleware/retry-after.ts`), so queries do not retry on top of it; and a view refreshes on a
 * write or a delta, not because the window regained focus (which would replace what a person is looking at).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
