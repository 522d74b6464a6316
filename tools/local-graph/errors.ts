import { errorDate } from './util';

/**
 * An error a handler throws to end the request with Graph's error JSON.
 * `innerCode` lands in innerError.code, where Graph nests a more specific code
 * (e.g. tooManyResources under notSupported).
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly innerCode?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

export function errorBody(err: GraphError, ids: RequestIds): unknown {
  const innerError: Record<string, string> = {};
  if (err.innerCode) innerError.code = err.innerCode;
  innerError.date = errorDate();
  innerError['request-id'] = ids.requestId;
  innerError['client-request-id'] = ids.clientRequestId;
  return { error: { code: err.code, message: err.message, innerError } };
}

export const badRequest = (message: string, code = 'invalidRequest'): GraphError => new GraphError(400, code, message);

export const notFound = (message = 'The resource could not be found.'): GraphError =>
  new GraphError(404, 'itemNotFound', message);

export const notSupported = (message: string): GraphError => new GraphError(400, 'notSupported', message);

/** Graph's answer to a path it has no resource for is a 400, not a 404. */
export const unknownSegment = (segment: string): GraphError =>
  new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

export const methodNotAllowed = (): GraphError =>
  new GraphError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.');
