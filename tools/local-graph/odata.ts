import { badRequest } from './errors';

/**
 * OData system query options. Graph v1.0 accepts them with or without the `$` prefix
 * (`expand=fields(select=A,B)` and `$expand=fields($select=A,B)` are the same), and
 * case-insensitively, so names are normalised to lower case without `$`.
 */
export interface ExpandOptions {
  select?: string[];
  expand: Map<string, ExpandOptions>;
}

export interface QueryOptions {
  select?: string[];
  expand: Map<string, ExpandOptions>;
  filter?: string;
  orderby?: string;
  top?: number;
  skiptoken?: string;
  token?: string;
}

const SYSTEM_OPTIONS = new Set(['select', 'expand', 'filter', 'orderby', 'top', 'skiptoken', 'token', 'count', 'search', 'skip', 'format']);

export function readQuery(params: URLSearchParams): QueryOptions {
  const seen = new Map<string, string>();
  for (const [rawKey, value] of params) {
    const key = rawKey.replace(/^\$/, '').toLowerCase();
    if (!SYSTEM_OPTIONS.has(key)) continue; // custom options are ignored, as Graph does
    if (seen.has(key)) throw badRequest(`Query option '${key}' was specified more than once, but it must be specified at most once.`, 'BadRequest');
    seen.set(key, value);
  }
  const options: QueryOptions = { expand: new Map() };
  const select = seen.get('select');
  if (select !== undefined) options.select = splitList(select);
  const expand = seen.get('expand');
  if (expand !== undefined) options.expand = parseExpand(expand);
  const filter = seen.get('filter');
  if (filter !== undefined && filter.trim()) options.filter = filter;
  const orderby = seen.get('orderby');
  if (orderby !== undefined && orderby.trim()) options.orderby = orderby;
  const top = seen.get('top');
  if (top !== undefined) {
    if (!/^\d+$/.test(top.trim())) throw badRequest(`Invalid value '${top}' for $top query option found.`, 'BadRequest');
    options.top = Number(top);
  }
  const skiptoken = seen.get('skiptoken');
  if (skiptoken !== undefined) options.skiptoken = skiptoken;
  const token = seen.get('token');
  if (token !== undefined) options.token = token;
  for (const unsupported of ['count', 'search', 'skip']) {
    if (seen.has(unsupported)) throw badRequest(`The query option '$${unsupported}' is not supported by the local Graph server.`, 'notSupported');
  }
  return options;
}

/** `columns(select=name,description),items(expand=fields(select=Name))` → a tree. */
export function parseExpand(text: string): Map<string, ExpandOptions> {
  const result = new Map<string, ExpandOptions>();
  for (const part of splitTopLevel(text, ',')) {
    const open = part.indexOf('(');
    const name = (open < 0 ? part : part.slice(0, open)).trim();
    if (!/^[A-Za-z_][\w.]*$/.test(name)) throw badRequest(`Parsing OData Select and Expand failed: invalid expand '${part}'.`, 'BadRequest');
    const node: ExpandOptions = { expand: new Map() };
    if (open >= 0) {
      if (!part.trimEnd().endsWith(')')) throw badRequest(`Parsing OData Select and Expand failed: unbalanced parentheses in '${part}'.`, 'BadRequest');
      const inner = part.slice(open + 1, part.trimEnd().length - 1);
      for (const opt of splitTopLevel(inner, ';')) {
        const eq = opt.indexOf('=');
        if (eq < 0) throw badRequest(`Parsing OData Select and Expand failed: '${opt}'.`, 'BadRequest');
        const key = opt.slice(0, eq).trim().replace(/^\$/, '').toLowerCase();
        const value = opt.slice(eq + 1);
        if (key === 'select') node.select = splitList(value);
        else if (key === 'expand') node.expand = parseExpand(value);
        else throw badRequest(`The query option '${key}' inside $expand is not supported by the local Graph server.`, 'notSupported');
      }
    }
    result.set(name.toLowerCase(), node);
  }
  return result;
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Splits on `sep` outside parentheses and quotes. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** True when the Prefer header carries the given preference (comma-separated, case-insensitive). */
export function prefers(preferHeader: string | undefined, preference: string): boolean {
  if (!preferHeader) return false;
  return preferHeader
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .includes(preference.toLowerCase());
}
