import { GraphError } from './errors';

/**
 * If-Match and If-None-Match as RFC 9110 §13.1.1–13.1.2 define them: `*` or a list of
 * entity-tags, each `"…"` or `W/"…"`. Anything else is malformed, which Graph answers with 400
 * and the detailed code malformedEntityTag ("ETags must be quoted strings", errors.md).
 * If-Match compares strongly (a weak tag never matches, and the quoted text must be identical);
 * If-None-Match compares weakly.
 */
type Condition = '*' | { weak: boolean; opaque: string }[];

/** One list element: optional W/, a quoted opaque tag (which may itself hold commas), then a comma or the end. */
const LIST_ELEMENT = /\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/y;

function parse(header: string, name: string): Condition {
  const value = header.trim();
  if (value === '*') return '*';
  const tags: { weak: boolean; opaque: string }[] = [];
  LIST_ELEMENT.lastIndex = 0;
  while (LIST_ELEMENT.lastIndex < value.length) {
    const m = LIST_ELEMENT.exec(value);
    if (!m) {
      tags.length = 0;
      break;
    }
    tags.push({ weak: m[1] !== undefined, opaque: m[2]! });
  }
  if (tags.length === 0) {
    throw new GraphError(400, 'invalidRequest', `The ${name} header is malformed: ETags must be quoted strings.`, 'malformedEntityTag');
  }
  return tags;
}

const opaqueOf = (eTag: string): string => eTag.replace(/^W\//, '').replace(/^"|"$/g, '');

const modified = (): GraphError => new GraphError(412, 'resourceModified', "ETag does not match current item's value", 'entityTagDoesNotMatch');

/** Checks the preconditions of a write to an existing item whose current eTag is `current`. */
export function checkWritePreconditions(headers: Record<string, string | undefined>, current: string): void {
  const ifMatch = headers['if-match'];
  const ifNoneMatch = headers['if-none-match'];
  if (ifMatch !== undefined) {
    const condition = parse(ifMatch, 'If-Match');
    if (condition !== '*' && !condition.some((t) => !t.weak && t.opaque === opaqueOf(current))) throw modified();
  }
  if (ifNoneMatch !== undefined) {
    const condition = parse(ifNoneMatch, 'If-None-Match');
    if (condition === '*' || condition.some((t) => t.opaque === opaqueOf(current))) throw modified();
  }
}

/** For a read: true when If-None-Match names the current eTag (the answer is 304 Not Modified). */
export function notModified(headers: Record<string, string | undefined>, current: string): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch === undefined) return false;
  const condition = parse(ifNoneMatch, 'If-None-Match');
  return condition === '*' || condition.some((t) => t.opaque === opaqueOf(current));
}
