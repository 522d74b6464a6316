import { badRequest } from './errors';

/**
 * The `$filter` subset SharePoint list items accept through Graph: eq, ne, lt, gt, le, ge,
 * startswith(), and/or/not, parentheses; string, number, boolean, null and date-time
 * literals (bare `2024-01-31T00:00:00Z` or the older `datetime'…'`).
 * Parsed to a tree, then compiled to SQL so indexed columns are answered from an index.
 */
export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'datetime'; value: string }
  | { kind: 'null' };

export type Operand = { type: 'path'; path: string } | { type: 'literal'; literal: Literal };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  | { type: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { type: 'startswith'; path: string; prefix: Literal };

type Token =
  | { t: 'lparen' | 'rparen' | 'comma' }
  | { t: 'word'; v: string }
  | { t: 'literal'; v: Literal };

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;

function invalid(detail: string): Error {
  return badRequest(`Invalid filter clause: ${detail}`);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma' });
      i++;
    } else if (ch === "'") {
      const { value, end } = readString(text, i);
      tokens.push({ t: 'literal', v: { kind: 'string', value } });
      i = end;
    } else {
      const rest = text.slice(i);
      const dt = DATETIME_RE.exec(rest);
      if (dt && !/\w/.test(rest.charAt(dt[0].length))) {
        tokens.push({ t: 'literal', v: { kind: 'datetime', value: dt[0] } });
        i += dt[0].length;
        continue;
      }
      const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
      if (num) {
        tokens.push({ t: 'literal', v: { kind: 'number', value: Number(num[0]) } });
        i += num[0].length;
        continue;
      }
      const word = /^[A-Za-z_][\w./]*/.exec(rest);
      if (!word) throw invalid(`unexpected character '${ch}' at position ${i}.`);
      i += word[0].length;
      const lower = word[0].toLowerCase();
      if (lower === 'datetime' && text[i] === "'") {
        const { value, end } = readString(text, i);
        tokens.push({ t: 'literal', v: { kind: 'datetime', value } });
        i = end;
      } else if (lower === 'true' || lower === 'false') {
        tokens.push({ t: 'literal', v: { kind: 'boolean', value: lower === 'true' } });
      } else if (lower === 'null') {
        tokens.push({ t: 'literal', v: { kind: 'null' } });
      } else {
        tokens.push({ t: 'word', v: word[0] });
      }
    }
  }
  return tokens;
}

function readString(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += text[i];
    i++;
  }
  throw invalid('unterminated string literal.');
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (tok: Token | undefined, w: string): boolean => tok?.t === 'word' && tok.v.toLowerCase() === w;

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      pos++;
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (isWord(peek(), 'and')) {
      pos++;
      left = { type: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      pos++;
      return { type: 'not', operand: parseUnary() };
    }
    return parsePrimary();
  };
  const expect = (t: Token['t']): void => {
    if (peek()?.t !== t) throw invalid(`expected '${t}'.`);
    pos++;
  };
  const parseOperand = (): Operand => {
    const tok = peek();
    if (!tok) throw invalid('unexpected end of expression.');
    pos++;
    if (tok.t === 'literal') return { type: 'literal', literal: tok.v };
    if (tok.t === 'word') return { type: 'path', path: tok.v };
    throw invalid('expected a property or a literal.');
  };
  const parsePrimary = (): FilterNode => {
    const tok = peek();
    if (tok?.t === 'lparen') {
      pos++;
      const inner = parseOr();
      expect('rparen');
      return inner;
    }
    if (tok?.t === 'word' && tokens[pos + 1]?.t === 'lparen') {
      const fn = tok.v.toLowerCase();
      if (fn !== 'startswith') throw invalid(`function '${tok.v}' is not supported.`);
      pos += 2;
      const path = parseOperand();
      expect('comma');
      const prefix = parseOperand();
      expect('rparen');
      if (path.type !== 'path' || prefix.type !== 'literal') throw invalid('startswith expects a property and a literal.');
      return { type: 'startswith', path: path.path, prefix: prefix.literal };
    }
    const left = parseOperand();
    const opTok = peek();
    if (opTok?.t !== 'word' || !COMPARE_OPS.has(opTok.v.toLowerCase())) throw invalid('expected a comparison operator.');
    pos++;
    const right = parseOperand();
    return { type: 'compare', op: opTok.v.toLowerCase() as CompareOp, left, right };
  };

  if (tokens.length === 0) throw invalid('empty expression.');
  const node = parseOr();
  if (pos !== tokens.length) throw invalid('unexpected trailing tokens.');
  return node;
}

/** Every property path a filter refers to, in order of appearance. */
export function filterPaths(node: FilterNode): string[] {
  switch (node.type) {
    case 'and':
    case 'or':
      return [...filterPaths(node.left), ...filterPaths(node.right)];
    case 'not':
      return filterPaths(node.operand);
    case 'startswith':
      return [node.path];
    case 'compare':
      return [node.left, node.right].flatMap((o) => (o.type === 'path' ? [o.path] : []));
  }
}

/** The top-level `and` chain, left to right. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.type === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

// ---------------------------------------------------------------------------------------
// Compilation to SQL

export type ValueType = 'text' | 'number' | 'boolean' | 'dateTime' | 'any';

export interface ResolvedField {
  /** SQL expression for the value; must match the index expression textually to use it. */
  expr: string;
  type: ValueType;
  /** Backed by an expression index: comparisons are marked selective so the planner uses it. */
  indexed?: boolean;
}

export interface CompiledFilter {
  sql: string;
  params: unknown[];
}

// NOCASE everywhere: SharePoint compares text case-insensitively, and one collation lets
// every comparison use the expression index (it has no effect on numbers).
const COLLATE = ' COLLATE NOCASE';
const SQL_OPS: Record<CompareOp, string> = { eq: '=', ne: '<>', lt: '<', gt: '>', le: '<=', ge: '>=' };
const FLIP: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', lt: 'gt', gt: 'lt', le: 'ge', ge: 'le' };

export function compileFilter(node: FilterNode, resolve: (path: string) => ResolvedField): CompiledFilter {
  const params: unknown[] = [];
  const walk = (n: FilterNode): string => {
    switch (n.type) {
      case 'and':
      case 'or':
        return `(${walk(n.left)} ${n.type.toUpperCase()} ${walk(n.right)})`;
      case 'not':
        return `(NOT ${walk(n.operand)})`;
      case 'startswith': {
        const field = resolve(n.path);
        if (field.type !== 'text' || n.prefix.kind !== 'string') throw invalid('startswith applies to text columns and string literals.');
        params.push(n.prefix.value, `${n.prefix.value}\u{10FFFF}`);
        return `(${selective(field, `${field.expr} >= ?${COLLATE}`)} AND ${selective(field, `${field.expr} < ?${COLLATE}`)})`;
      }
      case 'compare': {
        let { left, right, op } = n;
        if (left.type === 'literal' && right.type === 'path') {
          [left, right] = [right, left];
          op = FLIP[op];
        }
        if (left.type !== 'path' || right.type !== 'literal') throw invalid('a comparison needs one property and one literal.');
        const field = resolve(left.path);
        if (right.literal.kind === 'null') {
          if (op === 'eq') return `(${field.expr} IS NULL)`;
          if (op === 'ne') return `(${field.expr} IS NOT NULL)`;
          throw invalid(`'${op}' cannot compare with null.`);
        }
        params.push(sqlValue(field, right.literal, left.path));
        // OData: null ne 'x' is true, so items with no value match `ne`.
        if (op === 'ne') return `(${field.expr} IS NULL OR ${field.expr} <> ?${COLLATE})`;
        return `(${selective(field, `${field.expr} ${SQL_OPS[op]} ?${COLLATE}`)})`;
      }
    }
  };
  return { sql: walk(node), params };
}

/** likelihood() is free at run time; it tells the planner the indexed condition is narrow. */
function selective(field: ResolvedField, condition: string): string {
  return field.indexed ? `likelihood(${condition}, 0.01)` : condition;
}

function sqlValue(field: ResolvedField, literal: Literal, path: string): unknown {
  const mismatch = (): Error => invalid(`the literal for '${path}' does not match the column's type.`);
  switch (field.type) {
    case 'any':
      if (literal.kind === 'boolean') return literal.value ? 1 : 0;
      return literal.kind === 'null' ? null : literal.value;
    case 'text':
      if (literal.kind !== 'string') throw mismatch();
      return literal.value;
    case 'number':
      if (literal.kind === 'number') return literal.value;
      // ids are strings in Graph's JSON, so `id eq '5'` is common.
      if (literal.kind === 'string' && /^-?\d+(\.\d+)?$/.test(literal.value)) return Number(literal.value);
      throw mismatch();
    case 'boolean':
      if (literal.kind !== 'boolean') throw mismatch();
      return literal.value ? 1 : 0;
    case 'dateTime': {
      if (literal.kind !== 'datetime' && literal.kind !== 'string') throw mismatch();
      const normalised = normaliseDateTime(literal.value);
      if (normalised === undefined) throw mismatch();
      return normalised;
    }
  }
}

/** Stored and compared form of date-times: UTC, seconds precision, `Z`. */
export function normaliseDateTime(value: string): string | undefined {
  if (!DATETIME_RE.test(value)) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface OrderBy {
  path: string;
  descending: boolean;
}

export function parseOrderBy(text: string): OrderBy {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 1) throw badRequest('Only one $orderby key is supported by the local Graph server.', 'notSupported');
  const match = /^([A-Za-z_][\w./]*)(\s+(asc|desc))?$/i.exec(parts[0]!);
  if (!match) throw badRequest(`Invalid $orderby clause '${text}'.`);
  return { path: match[1]!, descending: (match[3] ?? 'asc').toLowerCase() === 'desc' };
}
