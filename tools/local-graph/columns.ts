import { badRequest, GraphError } from './errors';
import { validateChoiceFacet } from './multi-choice';
import { normaliseDateTime, type ValueType } from './filter';
import { isPlainObject } from './util';

/**
 * columnDefinition: one type facet (text, number, …) plus common properties.
 * Stored as JSON; rendered with Graph's defaults filled in so clients see what the
 * service would return (e.g. text.maxLength 255 for single-line text).
 */
export const FACETS = [
  'text',
  'number',
  'boolean',
  'dateTime',
  'choice',
  'currency',
  'personOrGroup',
  'lookup',
  'hyperlinkOrPicture',
  'calculated',
  'geolocation',
  'term',
  'thumbnail',
] as const;
export type Facet = (typeof FACETS)[number];

export interface ColumnDef {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  indexed: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  enforceUniqueValues: boolean;
  facet: Facet;
  facetValue: Record<string, unknown>;
  defaultValue?: { value: string };
}

/**
 * Fields SharePoint maintains itself and this server renders: readable, never writable
 * through `fields`, and not available as names for new columns. (The docs' own example
 * creates a column named "Author", so SharePoint's hidden Author/Editor are not listed.)
 */
export const SYSTEM_FIELD_NAMES: ReadonlySet<string> = new Set([
    'id',
    'ContentType',
    'Created',
    'Modified',
    'AuthorLookupId',
    'EditorLookupId',
    '_UIVersionString',
    'Attachments',
    'Edit',
    'LinkTitle',
    'LinkTitleNoMenu',
    'ItemChildCount',
    'FolderChildCount',
]);

/** The same names without case, for column-name clashes (SharePoint internal names are unique regardless of case). */
export const SYSTEM_FIELDS = new Set([...SYSTEM_FIELD_NAMES].map((n) => n.toLowerCase()));

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
const MAX_DOUBLE = 1.7976931348623157e308;

function facetDefaults(facet: Facet, given: Record<string, unknown>): Record<string, unknown> {
  switch (facet) {
    case 'text': {
      const multi = given.allowMultipleLines === true;
      return {
        allowMultipleLines: multi,
        appendChangesToExistingText: false,
        linesForEditing: multi ? 6 : 0,
        maxLength: 255,
        ...(multi ? { textType: 'plain' } : {}),
        ...given,
      };
    }
    case 'number':
      return { decimalPlaces: 'automatic', displayAs: 'number', maximum: MAX_DOUBLE, minimum: -MAX_DOUBLE, ...given };
    case 'dateTime':
      return { displayAs: 'default', format: 'dateTime', ...given };
    case 'choice':
      return { allowTextEntry: false, choices: [], displayAs: 'dropDownMenu', ...given };
    case 'currency':
      return { locale: 'en-us', ...given };
    default:
      return { ...given };
  }
}

/** Builds a column from a POST body (list creation or `POST …/columns`). */
export function columnFromBody(body: unknown, id: string): ColumnDef {
  if (!isPlainObject(body)) throw badRequest('The column definition must be a JSON object.');
  const name = body.name;
  if (typeof name !== 'string' || !NAME_RE.test(name)) {
    throw badRequest(`Column name '${String(name)}' is not valid: use letters, digits and underscores (SharePoint internal names).`);
  }
  const present = FACETS.filter((f) => body[f] !== undefined);
  if (present.length > 1) throw badRequest(`A column can have only one type facet; '${name}' has ${present.join(', ')}.`);
  const facet: Facet = present[0] ?? 'text';
  const given = body[facet];
  if (given !== undefined && !isPlainObject(given)) throw badRequest(`The '${facet}' facet of column '${name}' must be an object.`);
  if (facet === 'choice' && given !== undefined) validateChoiceFacet(name, given as Record<string, unknown>);
  const def: ColumnDef = {
    id,
    name,
    displayName: typeof body.displayName === 'string' && body.displayName ? body.displayName : name,
    description: typeof body.description === 'string' ? body.description : '',
    columnGroup: typeof body.columnGroup === 'string' ? body.columnGroup : 'Custom Columns',
    indexed: body.indexed === true,
    required: body.required === true,
    hidden: body.hidden === true,
    readOnly: body.readOnly === true || facet === 'calculated',
    enforceUniqueValues: body.enforceUniqueValues === true,
    facet,
    facetValue: facetDefaults(facet, (given as Record<string, unknown> | undefined) ?? {}),
  };
  if (isPlainObject(body.defaultValue) && typeof body.defaultValue.value === 'string') {
    def.defaultValue = { value: body.defaultValue.value };
  }
  return def;
}

/** The Title column every genericList has. */
export function titleColumn(id: string): ColumnDef {
  return {
    ...columnFromBody({ name: 'Title', text: {} }, id),
    columnGroup: 'Custom Columns',
  };
}

export function renderColumn(col: ColumnDef): Record<string, unknown> {
  const out: Record<string, unknown> = {
    columnGroup: col.columnGroup,
    description: col.description,
    displayName: col.displayName,
    enforceUniqueValues: col.enforceUniqueValues,
    hidden: col.hidden,
    id: col.id,
    indexed: col.indexed,
    name: col.name,
    readOnly: col.readOnly,
    required: col.required,
  };
  if (col.defaultValue) out.defaultValue = col.defaultValue;
  out[col.facet] = col.facetValue;
  return out;
}

/** `PATCH …/columns/{id}`: the common properties; changing a column's type is not supported. */
export function patchColumn(col: ColumnDef, body: unknown): ColumnDef {
  if (!isPlainObject(body)) throw badRequest('The request body must be a JSON object.');
  const next: ColumnDef = { ...col, facetValue: { ...col.facetValue } };
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('@odata.')) continue;
    switch (key) {
      case 'indexed':
      case 'required':
      case 'hidden':
      case 'enforceUniqueValues':
        if (typeof value !== 'boolean') throw badRequest(`'${key}' must be a boolean.`);
        next[key] = value;
        break;
      case 'displayName':
      case 'description':
        if (typeof value !== 'string') throw badRequest(`'${key}' must be a string.`);
        next[key] = value;
        break;
      case 'name':
      case 'id':
        if (value !== col[key]) throw badRequest(`The column's '${key}' cannot be changed.`);
        break;
      default:
        if (key === col.facet && isPlainObject(value)) {
          if (col.facet === 'choice') validateChoiceFacet(col.name, value);
          Object.assign(next.facetValue, value);
          break;
        }
        throw badRequest(`Changing '${key}' of a column is not supported by the local Graph server.`, 'notSupported');
    }
  }
  return next;
}

export function valueType(col: ColumnDef): ValueType {
  switch (col.facet) {
    case 'text':
    case 'choice':
      return 'text';
    case 'number':
    case 'currency':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'dateTime':
      return 'dateTime';
    default:
      return 'any';
  }
}

/** Validates one written value; returns the value as stored (dates normalised). */
export function validateValue(col: ColumnDef, value: unknown): unknown {
  if (col.readOnly) throw badRequest(`Field '${col.name}' is read-only.`);
  if (value === null) return null;
  const wrongType = (expected: string): GraphError =>
    badRequest(`Cannot convert the value of field '${col.name}' to ${expected}.`);
  switch (col.facet) {
    case 'text': {
      if (typeof value !== 'string') throw wrongType('a string');
      const max = col.facetValue.allowMultipleLines === true ? undefined : Number(col.facetValue.maxLength ?? 255);
      if (max !== undefined && value.length > max) {
        throw badRequest(`The value of field '${col.name}' exceeds the maximum length of ${max} characters.`);
      }
      return value;
    }
    case 'number':
    case 'currency': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType('a number');
      const min = col.facetValue.minimum;
      const max = col.facetValue.maximum;
      if ((typeof min === 'number' && value < min) || (typeof max === 'number' && value > max)) {
        throw badRequest(`The value of field '${col.name}' is outside the allowed range.`);
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongType('a boolean');
      return value;
    case 'dateTime': {
      const normalised = typeof value === 'string' ? normaliseDateTime(value) : undefined;
      if (normalised === undefined) throw wrongType('a date-time (ISO 8601)');
      return normalised;
    }
    case 'choice': {
      if (typeof value !== 'string') throw wrongType('a string');
      const choices = Array.isArray(col.facetValue.choices) ? (col.facetValue.choices as unknown[]) : [];
      if (col.facetValue.allowTextEntry !== true && choices.length > 0 && !choices.includes(value)) {
        throw badRequest(`'${value}' is not one of the choices of field '${col.name}'.`);
      }
      return value;
    }
    default:
      // personOrGroup, lookup, hyperlink…: stored as sent, not validated (see README of the tool).
      return value;
  }
}

/** The initial value a new item gets for a column it was not given. */
export function defaultFor(col: ColumnDef): unknown {
  const raw = col.defaultValue?.value;
  switch (col.facet) {
    case 'boolean':
      return raw === undefined ? false : raw === '1' || raw.toLowerCase() === 'true';
    case 'number':
    case 'currency':
      return raw === undefined || raw === '' ? undefined : Number(raw);
    default:
      return raw === undefined || raw === '' ? undefined : raw;
  }
}
