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
import type { ProvisionMapData } from './port';

/** The provision map port over the repositories. */
export function createProvisionMapData(ctx: DataContext): ProvisionMapData {
  const settings = createSettingsRepository(ctx);
  const repository = createProvisionMapRepository(ctx);
  const readMap = createMapReader(ctx);
  return {
    async load(year) {
      const record = await settings.getInstitution();
      if (!record) return null;
      return { institution: record.value.institution, ...(await readMap(record.value.institution, year)) };
    },
    async createActivity(activity, sortOrder, year) {
      const result = await repository.publish({ create: [activity] }, { firstSortOrder: sortOrder, year });
      return unwrap(result.created);
    },
    updateActivity(activity, basedOn, year) {
      return repository.update(activity, basedOn, { year });
    },
    async deleteActivity(version) {
      throwFirstFailure(await deleteMany(ctx, 'activities', [version]));
    },
    yearsWithData: () => yearsWithData(ctx),
    async confirmActivities(activities, year) {
      const { updated } = await repository.publish({ update: activities.map((a) => ({ value: confirmActivity(a.value), version: a })) }, { year });
      return { confirmed: updated.flatMap((o) => (o.ok ? [o.value] : [])), failures: updated.flatMap((o) => (o.ok ? [] : [o.error])) };
    },
    previewNextYear: (from) => previewNextYear(ctx, from),
    async startNextYear(preview, mode) {
      await startNextYear(ctx, preview, mode);
    },
    async readImportFile(file) {
      // The decoders (papaparse, jszip, exceljs) load only when a person imports a file.
      const { decodeImportFile } = await import('../../../import/decode-file');
      return decodeImportFile(file);
    },
    publishImport: (activities, academicYear, firstSortOrder) => publishImport(repository, activities, { academicYear, firstSortOrder }),
  };
}
