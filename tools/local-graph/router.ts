import { TrieRouter } from 'hono/router/trie-router';
import { authenticate } from './auth';
import { badRequest, GraphError, methodNotAllowed, notFound, unknownSegment } from './errors';
import { errorResponse, type GraphRequest, type GraphResponse, type Handler, type Services } from './context';
import type { Store } from './store';
import { isoNow } from './util';
import * as sites from './sites';
import * as lists from './lists';
import * as items from './items';
import * as delta from './delta';

interface Route {
  method: string;
  /** Stats template, e.g. `/sites/{id}/lists/{id}/items`. */
  template: string;
  handler: Handler;
}

/**
 * Graph's resource paths on hono's trie router (paths are matched after site aliases are
 * rewritten). Every route is added for ALL methods so a known path with the wrong method
 * can answer 405; candidates come back in the order added (items/delta before items/:item).
 */
const router = new TrieRouter<Route>();
const route = (method: string, path: string, handler: Handler): void => {
  let n = 0;
  router.add('ALL', path.replace(/\{id\}/g, () => `:p${n++}`), { method, template: path, handler });
};
route('GET', '/sites/{id}', sites.getSite);
route('GET', '/sites/{id}/lists', lists.listLists);
route('POST', '/sites/{id}/lists', lists.createList);
route('GET', '/sites/{id}/lists/{id}', lists.getList);
route('GET', '/sites/{id}/lists/{id}/columns', lists.listColumns);
route('POST', '/sites/{id}/lists/{id}/columns', lists.createColumn);
route('GET', '/sites/{id}/lists/{id}/columns/{id}', lists.getColumn);
route('PATCH', '/sites/{id}/lists/{id}/columns/{id}', lists.updateColumn);
route('GET', '/sites/{id}/lists/{id}/items/delta', delta.itemsDelta);
route('GET', '/sites/{id}/lists/{id}/items', items.listItems);
route('POST', '/sites/{id}/lists/{id}/items', items.createItem);
route('GET', '/sites/{id}/lists/{id}/items/{id}', items.getItem);
route('DELETE', '/sites/{id}/lists/{id}/items/{id}', items.deleteItem);
route('GET', '/sites/{id}/lists/{id}/items/{id}/fields', items.getFields);
route('PATCH', '/sites/{id}/lists/{id}/items/{id}/fields', items.updateFields);

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
  // An SDK sends `{hostname}:/{path}:` as one encoded segment (`contoso.sharepoint.com%3A%2Fsites%2Fcareers%3A`).
  const encodedAlias = /^\/sites\/([^/]*%3A[^/]*)(\/.*)?$/i.exec(rawPath);
  const path = (encodedAlias ? `/sites/${decodeSegment(encodedAlias[1]!)}${encodedAlias[2] ?? ''}` : rawPath).replace(/%3A/gi, ':');
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

/**
 * `…/items/delta()` and `…/items/delta(token='…')` are the OData function forms of delta (the
 * Kiota SDK sends the latter); they are the same call as `…/items/delta?token=…`.
 */
const DELTA_FUNCTION = /^delta\((?:token='((?:[^']|'')*)')?\)$/i;

function deltaFunctionForm(req: GraphRequest): GraphRequest {
  const slash = req.path.lastIndexOf('/');
  const m = DELTA_FUNCTION.exec(decodeSegment(req.path.slice(slash + 1)));
  if (!m || !/\/items$/i.test(req.path.slice(0, slash))) return req;
  const query = new URLSearchParams(req.query);
  if (m[1] !== undefined) {
    if (query.has('token')) throw badRequest("The delta token was given twice: in delta(token='…') and as ?token=.", 'BadRequest');
    query.set('token', m[1].replace(/''/g, "'"));
  }
  return { ...req, path: `${req.path.slice(0, slash)}/delta`, query };
}

function match(method: string, resolved: Resolved): Match {
  const segments = resolved.path.split('/').filter(Boolean);
  const candidates = router.match('ALL', `/${segments.join('/')}`)[0] as [Route, Record<string, string>][];
  const found = candidates.find(([r]) => r.method === method);
  const best = found?.[0];
  const routeTemplate = best ? best.template : '(unmatched)';
  // Site aliases keep their own template for the site itself; deeper paths count as /sites/{id}/….
  const template = resolved.aliasTemplate && routeTemplate === '/sites/{id}' ? resolved.aliasTemplate : routeTemplate;
  if (resolved.aliasError) return { params: [], template: `${method} ${resolved.aliasTemplate ?? template}`, error: resolved.aliasError };
  if (!found || !best) {
    return { params: [], template: `${method} ${template}`, error: candidates.length > 0 ? methodNotAllowed() : unknownSegment(segments.at(-1) ?? '') };
  }
  const params = Object.keys(found[1])
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((k) => decodeSegment(found[1][k]!));
  return { route: best, params, template: `${method} ${template}` };
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
export function dispatch(services: Services, wireReq: GraphRequest, countAs: 'request' | 'batchPart'): GraphResponse {
  let req: GraphRequest;
  try {
    req = deltaFunctionForm(wireReq);
  } catch (err) {
    return errorResponse(err, wireReq);
  }
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
