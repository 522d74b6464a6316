import type { AcademicYear } from '../domain/academic-year';
import type { ProvisionMapRepository } from '../data/provision-map/repository';
import type { Activity } from '../domain/provision-map/types';
import type { GraphError } from '../shared/service-error';

export type ImportPublishResult =
  | { readonly ok: true; readonly written: number }
  | {
      readonly ok: false;
      readonly message: string;
      /** Activities of this import the site still holds after a failed undo; empty when the undo worked or could not look. */
      readonly leftOnSite: readonly Activity[];
    };

export interface ImportPublishOptions {
  /** Numbers the new activities after the map's own. */
  readonly firstSortOrder: number;
  /** The academic year the import goes into ("2026/27"); default: the year we are in. */
  readonly academicYear?: AcademicYear;
}

/**
 * Writes an import's accepted activities in one publish (the existing $batch path, 20 to an envelope). All or
 * nothing: if any write fails, whatever this import wrote is taken out again, so the map never holds half a file.
 * Should the undo fail too, the activities left are named; their ids come from their title, stage and year group,
 * so importing the same file again recognises them instead of writing them twice.
 */
export async function publishImport(
  repository: ProvisionMapRepository,
  activities: readonly Activity[],
  options: ImportPublishOptions,
): Promise<ImportPublishResult> {
  if (activities.length === 0) return { ok: true, written: 0 };
  const year = options.academicYear !== undefined ? { year: options.academicYear } : {};
  let failure: unknown;
  try {
    const result = await repository.publish({ create: activities }, { firstSortOrder: options.firstSortOrder, ...year });
    const refused = result.created.find((o) => !o.ok);
    failure = refused && !refused.ok ? refused.error : undefined;
  } catch (error) {
    failure = error;
  }
  if (failure === undefined) return { ok: true, written: activities.length };

  const reason = (failure as GraphError)?.message ?? String(failure);
  const left = await undo(repository, activities, year);
  const again = 'Import the same file again when the site answers: what was written will be recognised, not written twice.';
  if (left === 'none') {
    return { ok: false, message: `The site refused part of the import (${reason}), so none of it was kept: nothing was written. Try again later.`, leftOnSite: [] };
  }
  if (left === 'unknown') {
    return { ok: false, message: `The site stopped answering part way through the import (${reason}), and what it holds could not be checked. ${again}`, leftOnSite: [] };
  }
  return {
    ok: false,
    message: `The site refused part of the import (${reason}) and ${left.length} of its activities could not be taken out again. ${again}`,
    leftOnSite: left,
  };
}

/** Removes what this import wrote: 'none' when the site holds none of it afterwards, 'unknown' when it cannot be read. */
async function undo(
  repository: ProvisionMapRepository,
  activities: readonly Activity[],
  year: { readonly year?: AcademicYear },
): Promise<readonly Activity[] | 'none' | 'unknown'> {
  const ids = new Set(activities.map((a) => a.id));
  try {
    const written = (await repository.load(year)).activities.filter((v) => ids.has(v.value.id));
    if (written.length === 0) return 'none';
    const { deleted } = await repository.publish({ delete: written.map((v) => ({ itemId: v.itemId, eTag: v.eTag })) }, year);
    const left = written.filter((_, i) => !deleted[i]?.ok).map((v) => v.value);
    return left.length === 0 ? 'none' : left;
  } catch {
    return 'unknown';
  }
}
