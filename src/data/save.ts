import { createItem, type Fields, fieldsMatch, type Item, KEY_COLUMN, updateItem } from '../graph/list-items';
import { writeItems } from '../graph/list-items-batch';
import { type CallOptions, type DataContext, listRef } from './data-context';
import type { ListKey } from './schema';
import { ConflictError, GraphError } from '../shared/service-error';
import type { ItemVersion, Versioned } from '../shared/versioned';

/**
 * The write path every repository shares: domain value → fields (mapper) → create or
 * eTag-guarded update → Versioned domain value, with conflicts translated back into domain
 * terms so callers never handle a fields bag.
 */
export type SaveOutcome<T> =
  | { readonly ok: true; readonly value: Versioned<T> }
  /** `error` is a ConflictError<T> when someone else changed the item. */
  | { readonly ok: false; readonly value: T; readonly error: GraphError };

/** A value to save: with the version it was based on, or none to create it. */
export interface SaveEntry<T> {
  readonly value: T;
  readonly version?: ItemVersion;
}

export interface Codec<T> {
  readonly list: ListKey;
  readonly select: readonly string[];
  readonly toFields: (value: T, index: number) => Fields;
  readonly fromFields: (fields: Fields) => T | null;
}

/** Creates (no version) or updates one item; throws ConflictError<T> or GraphError. */
export async function saveOne<T>(
  ctx: DataContext,
  codec: Codec<T>,
  entry: SaveEntry<T>,
  options: CallOptions = {},
): Promise<Versioned<T>> {
  const fields = codec.toFields(entry.value, 0);
  const common = { select: codec.select, ...(options.signal ? { signal: options.signal } : {}) };
  try {
    const item = entry.version
      ? await updateItem(ctx.graph, listRef(ctx, codec.list), entry.version, fields, common)
      : await createItem(ctx.graph, listRef(ctx, codec.list), fields, common);
    return { value: entry.value, itemId: item.id, eTag: item.eTag };
  } catch (error) {
    throw inDomainTerms(error, entry.value, codec);
  }
}

/** Saves many in as few $batch round trips as possible; one outcome per entry, in order. */
export async function saveMany<T>(
  ctx: DataContext,
  codec: Codec<T>,
  entries: readonly SaveEntry<T>[],
  options: CallOptions = {},
): Promise<SaveOutcome<T>[]> {
  if (entries.length === 0) return [];
  const writes = entries.map((entry, index) => {
    const fields = codec.toFields(entry.value, index);
    return entry.version ? { kind: 'update' as const, version: entry.version, fields } : { kind: 'create' as const, fields };
  });
  const results = await writeItems(ctx.graph, listRef(ctx, codec.list), writes, {
    select: codec.select,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return results.map((result, index): SaveOutcome<T> => {
    const value = entries[index]!.value;
    if (result.ok && result.item) return { ok: true, value: { value, itemId: result.item.id, eTag: result.item.eTag } };
    if (result.ok) return { ok: false, value, error: new GraphError({ status: 0, message: 'No item came back' }) };
    return { ok: false, value, error: inDomainTerms(result.error, value, codec) };
  });
}

/** Deletes many, each only if still at its version; one outcome per version. */
export async function deleteMany(
  ctx: DataContext,
  list: ListKey,
  versions: readonly ItemVersion[],
  options: CallOptions = {},
): Promise<{ readonly ok: boolean; readonly error?: GraphError }[]> {
  if (versions.length === 0) return [];
  const results = await writeItems(ctx.graph, listRef(ctx, list), versions.map((version) => ({ kind: 'delete' as const, version })), {
    select: [],
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return results.map((r) => (r.ok ? { ok: true } : { ok: false, error: r.error }));
}

/** Items → Versioned domain values, dropping items that cannot be read as one. */
export function fromItems<T>(items: readonly Item[], fromFields: (fields: Fields) => T | null): Versioned<T>[] {
  const out: Versioned<T>[] = [];
  for (const item of items) {
    const value = fromFields(item.fields);
    if (value !== null) out.push({ value, itemId: item.id, eTag: item.eTag });
  }
  return out;
}

export function inDomainTerms<T, E>(error: E, ours: T, codec: Pick<Codec<T>, 'fromFields'>): E | ConflictError<T> {
  if (error instanceof ConflictError) return (error as ConflictError<Fields>).map(ours, codec.fromFields);
  return error;
}

/** Throws the first failure of a set of outcomes (for callers that need all-or-error). */
export function firstFailure(outcomes: readonly { readonly ok: boolean; readonly error?: GraphError }[]): GraphError | undefined {
  for (const o of outcomes) if (!o.ok && o.error) return o.error;
  return undefined;
}

/**
 * Entries that make the list hold `values`, given what it holds now (`existing`): unchanged
 * items are left alone, changed ones updated at their current version, missing ones created.
 * Lets a bulk writer be re-run after an interruption without relying on the service to
 * enforce the key's uniqueness.
 */
export function upsertEntries<T>(codec: Codec<T>, values: readonly T[], existing: readonly Item[]): SaveEntry<T>[] {
  const byKey = new Map(existing.map((item) => [item.fields[KEY_COLUMN], item]));
  const entries: SaveEntry<T>[] = [];
  values.forEach((value, index) => {
    const fields = codec.toFields(value, index);
    const current = byKey.get(fields[KEY_COLUMN]);
    if (!current) entries.push({ value });
    else if (!fieldsMatch(fields, current.fields)) entries.push({ value, version: { itemId: current.id, eTag: current.eTag } });
  });
  return entries;
}

/** The codec numbering each value by its place in `values`, whatever subset is saved. */
export function byPosition<T>(codec: Codec<T>, values: readonly T[]): Codec<T> {
  const position = new Map(values.map((value, index) => [value, index]));
  return { ...codec, toFields: (value) => codec.toFields(value, position.get(value) ?? 0) };
}

/** One outcome of a batch save as a value or a thrown error, like a single save. */
export function unwrap<T>(outcomes: readonly SaveOutcome<T>[]): Versioned<T> {
  const [outcome] = outcomes;
  if (!outcome) throw new Error('Nothing was saved.');
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** Throws the failure of a delete, if any. */
export function throwFirstFailure(outcomes: readonly { readonly ok: boolean; readonly error?: GraphError }[]): void {
  const failure = firstFailure(outcomes);
  if (failure) throw failure;
}
