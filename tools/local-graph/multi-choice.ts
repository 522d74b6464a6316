import type { ColumnDef } from './columns';
import { badRequest } from './errors';

/**
 * Multi-select choice columns, as reported of the real service (Graph's documentation has no
 * example; see docs/decisions.md, 2026-12-01, and tools/local-graph/README.md):
 *  - a choice column shown as check boxes (`displayAs: 'checkBoxes'`) holds several values;
 *  - reads return them as a JSON array of strings;
 *  - a write must send an array *and* annotate it: `"Col@odata.type": "Collection(Edm.String)"`.
 *    A bare string is refused with `generalException` (microsoft-graph-docs #2745); an array
 *    without the annotation with `invalidRequest` (msgraph-sdk-powershell #839);
 *  - null clears the column; values outside `choices` are kept only when `allowTextEntry` is true.
 */
/** The choiceColumn resource's `displayAs`: "Must be one of checkBoxes, dropDownMenu, or radioButtons". */
const DISPLAY_AS = ['checkBoxes', 'dropDownMenu', 'radioButtons'];

/**
 * A choice facet as the choiceColumn resource documents it (`allowTextEntry` Boolean, `choices` collection(string),
 * `displayAs` one of three): anything else is refused rather than stored, so a column the service would not make is
 * not made here either. There is no `allowMultipleValues` on a choice column (that is the lookup column's).
 */
export function validateChoiceFacet(name: string, facet: Record<string, unknown>): void {
  const known = ['allowTextEntry', 'choices', 'displayAs'];
  const unknown = Object.keys(facet).filter((k) => !known.includes(k) && !k.startsWith('@odata.'));
  if (unknown.length > 0) throw badRequest(`The choice column '${name}' has no property ${unknown.map((k) => `'${k}'`).join(', ')}.`);
  if (facet.allowTextEntry !== undefined && typeof facet.allowTextEntry !== 'boolean') throw badRequest(`'allowTextEntry' of column '${name}' must be a Boolean.`);
  if (facet.choices !== undefined && !(Array.isArray(facet.choices) && facet.choices.every((c) => typeof c === 'string'))) {
    throw badRequest(`'choices' of column '${name}' must be a collection of strings.`);
  }
  if (facet.displayAs !== undefined && !DISPLAY_AS.includes(facet.displayAs as string)) {
    throw badRequest(`'displayAs' of column '${name}' must be one of ${DISPLAY_AS.join(', ')}.`);
  }
}

export const isMultiChoice = (col: ColumnDef): boolean => col.facet === 'choice' && col.facetValue.displayAs === 'checkBoxes';

export function validateMultiChoice(col: ColumnDef, value: unknown, annotation: unknown): unknown {
  if (value === null) return null;
  if (!Array.isArray(value)) throw badRequest('An unspecified error has occurred.', 'generalException');
  if (annotation !== 'Collection(Edm.String)') {
    throw badRequest(
      `A value without a type name was found and no expected type is available. Send '${col.name}@odata.type': 'Collection(Edm.String)' with the array.`,
    );
  }
  const choices = Array.isArray(col.facetValue.choices) ? (col.facetValue.choices as unknown[]) : [];
  for (const v of value) {
    if (typeof v !== 'string') throw badRequest(`Cannot convert a value of field '${col.name}' to a string.`);
    if (col.facetValue.allowTextEntry !== true && !choices.includes(v)) throw badRequest(`'${v}' is not one of the choices of field '${col.name}'.`);
  }
  return value.length > 0 ? [...(value as string[])] : null;
}
