import { authenticate } from './auth';
import { GraphError, methodNotAllowed, notFound, unknownSegment } from './errors';
import { errorResponse, type GraphRequest, type GraphResponse, type Handler, type Services } from './context';
import type { Store } from './store';
import { isoNow } from './util';
import * as sites from './sites';
import * as lists from './lists';
import * as items from './items';
import * as delta from './delta';

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

const route = (method: string, path: string, handler: Handler): Route => ({ method, segments: path.split('/').filter(Boolean), handler });

/** Order matters only where a literal and a parameter compete (items/delta before items/{id}). */
const ROUTES: Route[] = [
  route('GET', '/sites/{id}', sites.getSite),
  route('GET', '/sites/{id}/lists', lists.listLists),
  route('POST', '/sites/{id}/lists', lists.createList),
  route('GET', '/sites/{id}/lists/{id}', lists.getList),
  route('GET', '/sites/{id}/lists/{id}/columns', lists.listColumns),
  route('POST', '/sites/{id}/lists/{id}/columns', lists.createColumn),
  route('GET', '/sites/{id}/lists/{id}/columns/{id}', lists.getColumn),
  route('PATCH', '/sites/{id}/lists/{id}/columns/{id}', lists.updateColumn),
  route('GET', '/sites/{id}/lists/{id}/items/delta', delta.itemsDelta),
  route('GET', '/sites/{id}/lists/{id}/items', items.listItems),
  route('POST', '/sites/{id}/lists/{id}/items', items.createItem),
  route('GET', '/sites/{id}/lists/{id}/items/{id}', items.getItem),
  route('DELETE', '/sites/{id}/lists/{id}/items/{id}', items.deleteItem),
  route('GET', '/sites/{id}/lists/{id}/items/{id}/fields', items.getFields),
  route('PATCH', '/sites/{id}/lists/{id}/items/{id}/fields', items.updateFields),
];

interface Resolved {
  /** Path with any site alias replaced by /sites/{site-id}. */
  path: string;
  /** Stats template for the alias part, e.g. `/sites/{hostname}:/{path}:`. */
  aliasTemplate?: string;
  aliasError?: GraphError;
}

/**
 * Site addressing forms Graph accepts, rewritten to `/sites/{site-id}/…`:
 * `/sites/root`, `/sites/{hostname}:/{server-relative-path}[:][/…]`, `/groups/{id}/sites/root[/…]`.
 */
function resolveSiteAlias(store: Store, rawPath: string): Resolved {
  const path = rawPath.replace(/%3A/gi, ':');
  const byPath = /^\/sites\/([^/:]+):(\/[^:]*)(?::(\/.*)?)?$/.exec(path);
  if (byPath) {
    const [, hostname, sitePath, rest] = byPath;
    const normalised = sitePath!.replace(/\/+$/, '') || '/';
    const site = store.getSiteByPath(hostname!, normalised);
    const aliasTemplate = rest !== undefined || path.endsWith(':') ? '/sites/{hostname}:/{path}:' : '/sites/{hostname}:/{path}';
    if (!site) return { path, aliasTemplate, aliasError: notFound('Requested site could not be found') };
    return { path: `/sites/${site.id}${rest ?? ''}`, aliasTemplate };
  }
  const root = /^\/sites\/root(\/.*)?$/i.exec(path);
  if (root) {
    const site = store.getRootSite();
    if (!site) return { path, aliasTemplate: '/sites/root', aliasError: notFound('Requested site could not be found') };
    return { path: `/sites/${site.id}${root[1] ?? ''}`, aliasTemplate: '/sites/root' };
  }
  const group = /^\/groups\/([^/]+)\/sites\/root(\/.*)?$/i.exec(path);
  if (group) {
    const site = store.getSiteByGroup(group[1]!);
    const aliasTemplate = '/groups/{id}/sites/root';
    if (!site) return { path, aliasTemplate, aliasError: notFound(`Resource '${group[1]}' does not exist or one of its queried reference-property objects are not present.`) };
    return { path: `/sites/${site.id}${group[2] ?? ''}`, aliasTemplate };
  }
  return { path };
}

interface Match {
  route?: Route;
  params: string[];
  template: string;
  error?: GraphError;
}

function match(method: string, resolved: Resolved): Match {
  const segments = resolved.path.split('/').filter(Boolean).map((s) => (s === 'delta()' ? 'delta' : s));
  let methodMismatch = false;
  let best: Route | undefined;
  let bestParams: string[] = [];
  for (const r of ROUTES) {
    if (r.segments.length !== segments.length) continue;
    const params: string[] = [];
    let ok = true;
    for (let i = 0; i < r.segments.length && ok; i++) {
      const pattern = r.segments[i]!;
      const actual = segments[i]!;
      if (pattern === '{id}') params.push(decodeSegment(actual));
      else ok = pattern.toLowerCase() === actual.toLowerCase();
    }
    if (!ok) continue;
    if (r.method !== method) {
      methodMismatch = true;
      continue;
    }
    best = r;
    bestParams = params;
    break;
  }
  const routeTemplate = best ? `/${best.segments.join('/')}` : '(unmatched)';
  // Site aliases keep their own template for the site itself; deeper paths count as /sites/{id}/….
  const template = resolved.aliasTemplate && routeTemplate === '/sites/{id}' ? resolved.aliasTemplate : routeTemplate;
  if (resolved.aliasError) return { params: [], template: `${method} ${resolved.aliasTemplate ?? template}`, error: resolved.aliasError };
  if (!best) {
    return { params: [], template: `${method} ${template}`, error: methodMismatch ? methodNotAllowed() : unknownSegment(segments.at(-1) ?? '') };
  }
  return { route: best, params: bestParams, template: `${method} ${template}` };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Stats template for a request without running it. */
export function templateOf(store: Store, method: string, path: string): string {
  return match(method, resolveSiteAlias(store, path)).template;
}

/**
 * Runs one request through the same pipeline whether it came over the wire or inside a
 * $batch: injected faults first (before anything is done), then auth, then the handler.
 */
export function dispatch(services: Services, req: GraphRequest, countAs: 'request' | 'batchPart'): GraphResponse {
  const resolved = resolveSiteAlias(services.store, req.path);
  const m = match(req.method, resolved);
  if (countAs === 'request') services.stats.request(m.template);
  else services.stats.batchPart(m.template);
  const response = run(services, req, m);
  services.stats.status(response.status);
  return response;
}

function run(services: Services, req: GraphRequest, m: Match): GraphResponse {
  try {
    const fault = services.faults.draw();
    if (fault) throw fault;
    const caller = authenticate(req.headers.authorization);
    if (m.error || !m.route) throw m.error ?? unknownSegment(req.path);
    const siteId = m.params[0] ?? '';
    return m.route.handler({
      store: services.store,
      req,
      caller,
      now: isoNow(),
      params: m.params,
      graphBase: `${req.baseUrl}/v1.0/sites/${siteId}`,
    });
  } catch (err) {
    return errorResponse(err, req);
  }
}
