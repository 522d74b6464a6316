import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { createQueryClient } from '../query-client';

/**
 * The page's one query cache, given to the views that read through TanStack Query (the plan, the map, the impact figures, the
 * report) when the first of them is opened: the review itself does not use it, so the tab’s first download goes without it.
 */
const client = createQueryClient();

export function ViewQueries(props: { children: ReactNode }): ReactNode {
  return <QueryClientProvider client={client}>{props.children}</QueryClientProvider>;
}
