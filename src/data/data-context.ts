import type { GraphClient } from '../graph/graph-client';
import type { ListRef } from '../graph/list-items';
import type { ListKey } from './schema';

/** What every repository needs: the client, the team's site, and where each list lives. */
export interface DataContext {
  readonly graph: GraphClient;
  readonly siteId: string;
  readonly listIds: Readonly<Record<ListKey, string>>;
}

export function listRef(ctx: DataContext, key: ListKey): ListRef {
  return { siteId: ctx.siteId, listId: ctx.listIds[key] };
}

/** Per-call options every repository method accepts. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}
