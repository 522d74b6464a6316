import { randomUUID } from 'node:crypto';
import { authenticate } from './auth';
import { errorBody, GraphError } from './errors';
import { errorResponse, type GraphRequest, type GraphResponse, type Services } from './context';
import { dispatch, templateOf } from './router';
import { isJsonContentType } from './request-body';
import { isPlainObject } from './util';

/**
 * `POST /v1.0/$batch` (concepts/json-batching.md): at most 20 parts; the envelope is 400
 * when it is malformed (too many parts, duplicate ids, a body without Content-Type,
 * dependsOn naming an unknown id or a cycle, or some parts sequenced and others not) and 200
 * otherwise, whatever the parts say.
 * Each part runs through the same pipeline as a wire request (faults, auth, handler), so a
 * part can be throttled alone. A part whose dependency did not succeed gets 424.
 *
 * Parts run in request order (dependencies first) inside one storage transaction, each
 * part in its own savepoint: a failed part leaves no trace, and a bulk load pays one disk
 * sync per envelope (fewer with group commit) instead of one per item. Clients must still
 * correlate responses by id.
 */
export const MAX_BATCH_PARTS = 20;

interface Part {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

function malformed(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

function parseParts(body: unknown): Part[] {
  if (!isPlainObject(body) || !Array.isArray(body.requests)) throw malformed('Invalid batch payload format: expected {"requests":[…]}.');
  const raw = body.requests as unknown[];
  if (raw.length === 0) throw malformed('Invalid batch payload format: the batch contains no requests.');
  if (raw.length > MAX_BATCH_PARTS) throw malformed(`Number of batch request steps exceeds the maximum of ${MAX_BATCH_PARTS}.`);
  const seen = new Set<string>();
  const parts = raw.map((r, index): Part => {
    if (!isPlainObject(r)) throw malformed(`Invalid batch payload format: request ${index} is not an object.`);
    const { id, method, url } = r;
    if (typeof id !== 'string' || !id) throw malformed(`Invalid batch payload format: request ${index} has no string 'id'.`);
    if (typeof method !== 'string' || !method) throw malformed(`Invalid batch payload format: request id ${id} has no 'method'.`);
    if (typeof url !== 'string' || !url) throw malformed(`Invalid batch payload format: request id ${id} has no 'url'.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) throw malformed(`Invalid batch payload format: request id ${id} must use a relative url.`);
    if (seen.has(id.toLowerCase())) throw malformed(`Batch request contains duplicate request id '${id}'.`); // ids are not case-sensitive
    seen.add(id.toLowerCase());
    const headers: Record<string, string> = {};
    if (r.headers !== undefined) {
      if (!isPlainObject(r.headers)) throw malformed(`Invalid batch payload format: headers of request id ${id} must be an object.`);
      for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = String(v);
    }
    if (r.body !== undefined && r.body !== null && !headers['content-type']) {
      throw malformed(`Write request id : ${id} does not contain Content-Type header or body.`);
    }
    if (r.body !== undefined && r.body !== null && !isJsonContentType(headers['content-type'])) {
      throw malformed(`Request id ${id}: only JSON bodies (Content-Type: application/json) are supported by the local Graph server.`);
    }
    const dependsOn = r.dependsOn ?? [];
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) {
      throw malformed(`Invalid batch payload format: dependsOn of request id ${id} must be an array of ids.`);
    }
    return { id, method: method.toUpperCase(), url, headers, body: r.body ?? undefined, dependsOn: dependsOn as string[] };
  });
  // Graph: "Batch should be either fully sequential or fully parallel" (microsoft-graph-docs#16280).
  // Fully sequential: every part but one (the chain's start) names a dependency.
  const sequenced = parts.filter((p) => p.dependsOn.length > 0).length;
  if (sequenced > 0 && sequenced < parts.length - 1) throw malformed('Batch should be either fully sequential or fully parallel.');
  return orderByDependencies(parts);
}

/** Dependencies first, otherwise request order; unknown ids and cycles are malformed. */
function orderByDependencies(parts: Part[]): Part[] {
  const byId = new Map(parts.map((p) => [p.id.toLowerCase(), p]));
  const ordered: Part[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: Part): void => {
    const key = p.id.toLowerCase();
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') throw malformed(`Batch request id ${p.id} has a circular dependsOn.`);
    state.set(key, 'visiting');
    for (const dep of p.dependsOn) {
      const target = byId.get(dep.toLowerCase());
      if (!target) throw malformed(`Batch request id ${p.id} depends on unknown request id '${dep}'.`);
      visit(target);
    }
    state.set(key, 'done');
    ordered.push(p);
  };
  parts.forEach(visit);
  return ordered;
}

export function handleBatch(services: Services, envelope: GraphRequest): GraphResponse {
  try {
    const fault = services.faults.draw(true);
    if (fault) throw fault;
    authenticate(envelope.headers.authorization);
    const parts = parseParts(envelope.body);
    services.stats.batchEnvelope();
    const statuses = new Map<string, number>();
    const responses = services.store.tx(() =>
      parts.map((part) => {
        const failedDep = part.dependsOn.find((d) => {
          const s = statuses.get(d.toLowerCase());
          return s === undefined || s < 200 || s >= 300;
        });
        const res = failedDep !== undefined ? failedDependency(services, part, envelope) : runPart(services, part, envelope);
        statuses.set(part.id.toLowerCase(), res.status);
        const out: Record<string, unknown> = { id: part.id, status: res.status, headers: res.headers };
        if (res.body !== undefined) out.body = res.body;
        return out;
      }),
    );
    return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { responses } };
  } catch (err) {
    return errorResponse(err, envelope);
  }
}

function splitUrl(raw: string): { path: string; query: string } {
  const url = raw.startsWith('/') ? raw : `/${raw}`;
  const q = url.indexOf('?');
  return { path: q < 0 ? url : url.slice(0, q), query: q < 0 ? '' : url.slice(q + 1) };
}

function runPart(services: Services, part: Part, envelope: GraphRequest): GraphResponse {
  const { path, query } = splitUrl(part.url);
  const req: GraphRequest = {
    method: part.method,
    path,
    query: new URLSearchParams(query),
    // Parts inherit the envelope's credentials; other headers are the part's own.
    headers: { ...part.headers, authorization: envelope.headers.authorization },
    body: part.body,
    baseUrl: envelope.baseUrl,
    requestId: randomUUID(),
    clientRequestId: part.headers['client-request-id'] ?? envelope.clientRequestId,
  };
  return dispatch(services, req, 'batchPart');
}

function failedDependency(services: Services, part: Part, envelope: GraphRequest): GraphResponse {
  services.stats.batchPart(templateOf(services.store, part.method, splitUrl(part.url).path));
  services.stats.status(424);
  const err = new GraphError(424, 'failedDependency', 'The request could not be run because a request it depends on failed.');
  return { status: 424, headers: { 'Content-Type': 'application/json' }, body: errorBody(err, { requestId: randomUUID(), clientRequestId: envelope.clientRequestId }) };
}
