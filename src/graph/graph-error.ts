import { GraphError } from '../shared/service-error';
import { headerValue, parseRetryAfter } from './http-headers';

interface GraphErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: Record<string, unknown>;
    innererror?: Record<string, unknown>;
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Builds a GraphError from a status, headers and a body that may be the documented
 * `{error:{code,message,innerError:{code?,"request-id"|requestId,date}}}`, text, or nothing.
 */
export function graphErrorFrom(
  status: number,
  headers: Headers | Readonly<Record<string, string | undefined>> | undefined,
  body: unknown,
): GraphError {
  const parsed = typeof body === 'string' ? tryJson(body) : body;
  const error = (parsed as GraphErrorBody | undefined)?.error;
  const inner = error?.innerError ?? error?.innererror;
  return new GraphError({
    status,
    code: str(error?.code),
    innerCode: str(inner?.code),
    message: str(error?.message) ?? (typeof parsed === 'string' ? parsed.slice(0, 500) : undefined),
    requestId:
      str(inner?.['request-id']) ??
      str(inner?.requestId) ??
      headerValue(headers, 'request-id') ??
      headerValue(headers, 'client-request-id'),
    retryAfterSeconds: parseRetryAfter(headerValue(headers, 'retry-after')),
  });
}

/** Reads a failed fetch Response into a GraphError (consumes the body). */
export async function graphErrorFromResponse(response: Response): Promise<GraphError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // A body we cannot read still leaves the status worth reporting.
  }
  return graphErrorFrom(response.status, response.headers, text);
}

function tryJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

