import { describe, expect, it } from 'vitest';

import { FetchMiddleware } from '../../../../src/graph/middleware/http';
import { json, scriptedFetch } from '../fake-fetch';
import { contextFor } from './support';

describe('FetchMiddleware', () => {
  it('sends with the configured fetch and stores the response', async () => {
    const fetchImpl = scriptedFetch(() => json(200, { ok: true }));
    const context = contextFor('GET', 'http://127.0.0.1:1/v1.0/x');
    await new FetchMiddleware(fetchImpl).execute(context);
    expect(fetchImpl.calls[0]?.url).toBe('http://127.0.0.1:1/v1.0/x');
    expect(context.response?.status).toBe(200);
  });
});
