import { describe, expect, it } from 'vitest';

import { parseRetryAfter } from '../../../src/graph/http-headers';
import { graphErrorFrom, graphErrorFromResponse } from '../../../src/graph/graph-error';
import { ConflictError, GraphError, isAmbiguous, isConflict, isForbidden, isNotFound, isThrottled } from '../../../src/shared/service-error';
import { userMessage } from '../../../src/ui/common/user-message';

describe('graphErrorFrom', () => {
  it('reads the documented error body, innerError code and request-id', () => {
    const e = graphErrorFrom(412, undefined, {
      error: { code: 'resourceModified', message: "ETag does not match", innerError: { code: 'entityTagDoesNotMatch', 'request-id': 'abc' } },
    });
    expect(e).toMatchObject({ status: 412, code: 'resourceModified', innerCode: 'entityTagDoesNotMatch', requestId: 'abc', message: 'ETag does not match' });
    expect(isConflict(e)).toBe(true);
  });

  it('accepts requestId spelt camel-case, and falls back to the response header', () => {
    expect(graphErrorFrom(404, undefined, { error: { code: 'itemNotFound', innerError: { requestId: 'r2' } } }).requestId).toBe('r2');
    expect(graphErrorFrom(500, new Headers({ 'request-id': 'h1' }), '').requestId).toBe('h1');
  });

  it('takes Retry-After from the headers, fractional seconds included (the throttling doc sends 2.128)', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Please retry again later.' } }), {
      status: 429,
      headers: { 'Retry-After': '2.128' },
    });
    const e = await graphErrorFromResponse(response);
    expect(e.retryAfterSeconds).toBe(2.128);
    expect(isThrottled(e)).toBe(true);
  });

  it('keeps a text body as the message and never throws on garbage', () => {
    expect(graphErrorFrom(502, undefined, 'Bad gateway').message).toBe('Bad gateway');
    expect(graphErrorFrom(500, undefined, undefined).message).toContain('500');
  });
});

describe('helpers', () => {
  it('classify by status', () => {
    expect(isForbidden(new GraphError({ status: 403 }))).toBe(true);
    expect(isNotFound(new GraphError({ status: 404 }))).toBe(true);
    expect(isThrottled(new GraphError({ status: 503 }))).toBe(false);
    expect(isThrottled(new GraphError({ status: 503, retryAfterSeconds: 3 }))).toBe(true);
    expect(isAmbiguous(new GraphError({ status: 0 }))).toBe(true);
    expect(isAmbiguous(new GraphError({ status: 504 }))).toBe(true);
    expect(isAmbiguous(new GraphError({ status: 429 }))).toBe(false);
    expect(isConflict(new ConflictError({ ours: {}, basedOn: null, theirs: null }))).toBe(true);
  });
});

describe('userMessage', () => {
  it('speaks plainly to a read-only member', () => {
    expect(userMessage(new GraphError({ status: 403 }))).toBe(
      "You can view this, but you don't have permission to change it. Ask the team owner to give you edit access to the team's site.",
    );
  });

  it('never shows codes in the sentence, but gives a reference for unknown failures', () => {
    expect(userMessage(new GraphError({ status: 412, code: 'resourceModified' }))).not.toContain('resourceModified');
    expect(userMessage(new GraphError({ status: 429 }))).toMatch(/busy/);
    expect(userMessage(new GraphError({ status: 0 }))).toMatch(/connection/);
    expect(userMessage(new GraphError({ status: 500, requestId: 'r-9' }))).toContain('r-9');
    expect(userMessage(new DOMException('x', 'AbortError'))).toBe('Cancelled.');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, fractions and HTTP dates', () => {
    expect(parseRetryAfter('1')).toBe(1);
    expect(parseRetryAfter(' 0.25 ')).toBe(0.25);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(10);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
