import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * The end of the chain: sends the request with the configured fetch (the SDK's own
 * HTTPMessageHandler always uses the global fetch, which tests and Node tools want to replace).
 */
export class FetchMiddleware implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch = (...args) => fetch(...args)) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options);
  }
}
