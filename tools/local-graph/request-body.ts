import { badRequest, GraphError } from './errors';

/**
 * Reads a request body the way Graph accepts one: JSON only (`Content-Type: application/json`,
 * any parameters), valid UTF-8, of bounded size and nesting. Anything else is a 4xx before a
 * handler sees it, so no body can take the process down.
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Deeper than anything Graph's own payloads need; a 100,000-deep array is refused, not recursed. */
export const MAX_JSON_DEPTH = 64;

const JSON_PAYLOAD_MESSAGE = 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';

export function isJsonContentType(value: string | undefined): boolean {
  return !!value && /^application\/json\s*(;|$)/i.test(value.trim());
}

/** Reads at most MAX_BODY_BYTES from a web stream; undefined when there is no body. */
export async function readBytes(body: ReadableStream<Uint8Array> | null): Promise<Uint8Array | undefined> {
  if (!body) return undefined;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new GraphError(413, 'BadRequest', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    }
    chunks.push(value);
  }
  return size === 0 ? undefined : Buffer.concat(chunks);
}

/** The parsed JSON body, or undefined for an empty one. */
export function parseJsonBody(bytes: Uint8Array | undefined, contentType: string | undefined): unknown {
  if (!bytes || bytes.byteLength === 0) return undefined;
  if (!isJsonContentType(contentType)) throw new GraphError(415, 'BadRequest', `${JSON_PAYLOAD_MESSAGE} (Content-Type was '${contentType ?? ''}'.)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest('The request body is not valid UTF-8.', 'BadRequest');
  }
  if (!text.trim()) return undefined;
  checkDepth(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(JSON_PAYLOAD_MESSAGE, 'BadRequest');
  }
}

/** Refuses JSON nested deeper than MAX_JSON_DEPTH, counting brackets outside strings. */
function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) throw badRequest(`The JSON payload is nested more than ${MAX_JSON_DEPTH} levels deep.`, 'BadRequest');
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}
