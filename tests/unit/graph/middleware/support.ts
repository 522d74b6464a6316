import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

import type { WaypointContext } from '../../../../src/graph/middleware/context';

/** The next link of a chain under test: answers each call with the next scripted outcome. */
export function scriptedNext(...outcomes: (Response | Error)[]): Middleware & { calls: number; seen: Headers[] } {
  const next = {
    calls: 0,
    seen: [] as Headers[],
    async execute(context: Context): Promise<void> {
      next.calls++;
      next.seen.push(new Headers(context.options?.headers));
      const outcome = outcomes.shift();
      if (!outcome) throw new Error('no more scripted outcomes');
      if (outcome instanceof Error) throw outcome;
      context.response = outcome;
    },
  };
  return next;
}

export function contextFor(method: string, url = 'https://graph.microsoft.com/v1.0/sites/x', extra: Partial<WaypointContext> & { signal?: AbortSignal } = {}): WaypointContext {
  const { signal, ...rest } = extra;
  return { request: url, options: { method, headers: {}, ...(signal ? { signal } : {}) }, ...rest };
}

export const status = (code: number, headers: Record<string, string> = {}): Response =>
  new Response(code === 204 ? null : '{}', { status: code, headers });
