import { describe, expect, it } from 'vitest';

import type { TokenProvider } from '../../../../src/auth/token-provider';
import { AuthenticationMiddleware } from '../../../../src/graph/middleware/authentication';
import { contextFor, scriptedNext, status } from './support';

function provider(): TokenProvider & { asked: (readonly string[])[] } {
  const asked: (readonly string[])[] = [];
  return {
    asked,
    getToken: (scopes) => {
      asked.push(scopes);
      return Promise.resolve('secret-token');
    },
  };
}

describe('AuthenticationMiddleware', () => {
  it('attaches the token for the local server, whose URL is plain http (the SDK handler would not)', async () => {
    const tokens = provider();
    const next = scriptedNext(status(200));
    const auth = new AuthenticationMiddleware(tokens, ['Sites.Manage.All'], new Set(['http://127.0.0.1:4000']));
    auth.setNext(next);
    await auth.execute(contextFor('GET', 'http://127.0.0.1:4000/v1.0/sites/x'));
    expect(next.seen[0]?.get('Authorization')).toBe('Bearer secret-token');
    expect(tokens.asked).toEqual([['Sites.Manage.All']]);
  });

  it('strips any Authorization header bound for another host', async () => {
    const tokens = provider();
    const next = scriptedNext(status(200));
    const auth = new AuthenticationMiddleware(tokens, [], new Set(['https://graph.microsoft.com']));
    auth.setNext(next);
    const context = contextFor('GET', 'https://evil.example.com/v1.0/x');
    context.options!.headers = { Authorization: 'Bearer leaked' };
    await auth.execute(context);
    expect(next.seen[0]?.has('Authorization')).toBe(false);
    expect(tokens.asked).toEqual([]);
  });

  it('does not ask for a token once the request is aborted', async () => {
    const tokens = provider();
    const controller = new AbortController();
    controller.abort();
    const auth = new AuthenticationMiddleware(tokens, [], new Set(['https://graph.microsoft.com']));
    auth.setNext(scriptedNext(status(200)));
    await expect(auth.execute(contextFor('GET', undefined, { signal: controller.signal }))).rejects.toMatchObject({ name: 'AbortError' });
    expect(tokens.asked).toEqual([]);
  });
});
