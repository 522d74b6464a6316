import { describe, expect, it } from 'vitest';

import { type GraphLogEntry, LoggingMiddleware } from '../../../../src/graph/middleware/logging';
import { contextFor, scriptedNext, status } from './support';

describe('LoggingMiddleware', () => {
  it('logs method, path without query, status, duration and request id, and nothing secret', async () => {
    const entries: GraphLogEntry[] = [];
    let t = 0;
    const logging = new LoggingMiddleware((e) => entries.push(e), () => (t += 12));
    logging.setNext(scriptedNext(status(200, { 'request-id': 'req-7' })));
    const context = contextFor('GET', "https://graph.microsoft.com/v1.0/sites/s/lists/l/items?$filter=fields/ParticipantId eq 'ann@school.org'");
    context.options!.headers = { Authorization: 'Bearer secret-token' };
    await logging.execute(context);
    expect(entries).toEqual([{ method: 'GET', path: '/v1.0/sites/s/lists/l/items', status: 200, ms: 12, requestId: 'req-7', outcome: 'response' }]);
    expect(JSON.stringify(entries)).not.toMatch(/secret|Bearer|ann@school/);
  });

  it('logs a dropped connection and rethrows it', async () => {
    const entries: GraphLogEntry[] = [];
    const logging = new LoggingMiddleware((e) => entries.push(e));
    logging.setNext(scriptedNext(new TypeError('fetch failed')));
    await expect(logging.execute(contextFor('POST'))).rejects.toThrow('fetch failed');
    expect(entries[0]).toMatchObject({ method: 'POST', status: 0, outcome: 'network-error' });
  });

  it('survives a logger that throws', async () => {
    const logging = new LoggingMiddleware(() => {
      throw new Error('disk full');
    });
    logging.setNext(scriptedNext(status(204)));
    await expect(logging.execute(contextFor('DELETE'))).resolves.toBeUndefined();
  });
});
