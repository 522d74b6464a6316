import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { createQueryClient } from '../query-client';

/**
 * The page's one query cache, given to every view (the review and its meeting stage, the plan, the map, the
 * report, the impact view and its figures beside review rows 2.4–2.7) when the first of them is opened.
 */
const client = createQueryClient();

export function ViewQueries(props: { children: ReactNode }): ReactNode {
  return <QueryClientProvider client={client}>{props.children}</QueryClientProvider>;
}
