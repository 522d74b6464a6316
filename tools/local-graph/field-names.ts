import { badRequest, type GraphError } from './errors';

/** Field names are case-sensitive on SharePoint (`score` is not `Score`); an unknown one is this 400. */
export function unknownField(name: string): GraphError {
  return badRequest(`Field '${name}' is not recognized`);
}
