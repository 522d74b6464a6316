import type { DataContext } from '../../../data/data-context';
import { createProvisionMapRepository } from '../../../data/provision-map/repository';
import { deleteMany } from '../../../data/save';
import { createSettingsRepository } from '../../../data/settings/repository';
import { throwFirstFailure, unwrap } from '../../../data/save';
import { createMapReader } from '../../../data/provision-map/read-map';
import { previewNextYear, startNextYear } from '../../../data/years/start-next-year';
import { yearsWithData } from '../../../data/years/years-with-data';
import { confirmActivity } from '../../../domain/years/carry-forward';
import { publishImport } from '../../../import/publish';
import type { AcademicYear } from '../../../domain/academic-year';
import type { Activity } from '../../../domain/provision-map/types';
import type { CarryForwardMode, CarryForwardPlan } from '../../../domain/years/carry-forward';
import type { Decoded } from '../../../import/decoded';
import type { ImportFile } from '../../../import/decode-file';
import type { ImportPublishResult } from '../../../import/publish';
import type { ItemVersion, Versioned } from '../../../shared/versioned';
import type { ConfirmOutcome, LoadedMap } from './port';

/**
 * The provision map's port: what the map views may ask of the data layer (the same list the Excel pane publishes
 * to, one academic year at a time), each written here over the repositories, so a reader goes from a view's call
 * straight to the repository it uses. Writes reject with a ConflictError when someone else changed the activity
 * first, or a GraphError.
 */
export type ProvisionMapData = ReturnType<typeof createProvisionMapData>;

export function createProvisionMapData(ctx: DataContext) {
  const settings = createSettingsRepository(ctx);
  const repository = createProvisionMapRepository(ctx);
  const readMap = createMapReader(ctx);
  return {
    async load(year: AcademicYear): Promise<LoadedMap | null> {
      const record = await settings.getInstitution();
      if (!record) return null;
      return { institution: record.value.institution, ...(await readMap(record.value.institution, year)) };
    },
    async createActivity(activity: Activity, sortOrder: number, year: AcademicYear): Promise<Versioned<Activity>> {
      const result = await repository.publish({ create: [activity] }, { firstSortOrder: sortOrder, year });
      return unwrap(result.created);
    },
    updateActivity(activity: Activity, basedOn: ItemVersion, year: AcademicYear): Promise<Versioned<Activity>> {
      return repository.update(activity, basedOn, { year });
    },
    async deleteActivity(version: ItemVersion): Promise<void> {
      throwFirstFailure(await deleteMany(ctx, 'activities', [version]));
    },
    /** The academic years that hold a map, a plan or a statutory record, latest first (see `yearsWithData`). */
    yearsWithData: () => yearsWithData(ctx),
    /** Confirms carried activities for `year`, each guarded by its version, many per request. */
    async confirmActivities(activities: readonly Versioned<Activity>[], year: AcademicYear): Promise<ConfirmOutcome> {
      const { updated } = await repository.publish({ update: activities.map((a) => ({ value: confirmActivity(a.value), version: a })) }, { year });
      return { confirmed: updated.flatMap((o) => (o.ok ? [o.value] : [])), failures: updated.flatMap((o) => (o.ok ? [] : [o.error])) };
    },
    /** What starting the year after `from` would copy; writes nothing. */
    previewNextYear: (from: AcademicYear): Promise<CarryForwardPlan> => previewNextYear(ctx, from),
    /** Writes exactly `preview`; a reader is refused with a NextYearPermissionError in plain words. */
    async startNextYear(preview: CarryForwardPlan, mode: CarryForwardMode): Promise<void> {
      await startNextYear(ctx, preview, mode);
    },
    /** The rows of a school's own map (.xlsx or .csv), or why the file cannot be read; writes nothing. */
    async readImportFile(file: ImportFile): Promise<Decoded> {
      // The decoders (papaparse, jszip) load only when a person imports a file.
      const { decodeImportFile } = await import('../../../import/decode-file');
      return decodeImportFile(file);
    },
    /** An import's accepted activities into the map of `year`, in one publish, all or nothing. */
    publishImport: (activities: readonly Activity[], academicYear: AcademicYear, firstSortOrder: number): Promise<ImportPublishResult> => publishImport(repository, activities, { academicYear, firstSortOrder }),
  };
}
