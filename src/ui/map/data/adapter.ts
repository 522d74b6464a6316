import type { DataContext } from '../../../data/data-context';
import { createProvisionMapRepository } from '../../../data/provision-map/repository';
import { deleteMany } from '../../../data/save';
import { createSettingsRepository } from '../../../data/settings/repository';
import { throwFirstFailure, unwrap } from '../../../data/save';
import { createMapReader } from '../../../data/provision-map/read-map';
import type { ProvisionMapData } from './port';

/** The provision map port over the repositories. */
export function createProvisionMapData(ctx: DataContext): ProvisionMapData {
  const settings = createSettingsRepository(ctx);
  const repository = createProvisionMapRepository(ctx);
  const readMap = createMapReader(ctx);
  return {
    async load() {
      const record = await settings.getInstitution();
      if (!record) return null;
      return { institution: record.value.institution, ...(await readMap(record.value.institution)) };
    },
    async createActivity(activity, sortOrder) {
      const result = await repository.publish({ create: [activity] }, { firstSortOrder: sortOrder });
      return unwrap(result.created);
    },
    updateActivity(activity, basedOn) {
      return repository.update(activity, basedOn);
    },
    async deleteActivity(version) {
      throwFirstFailure(await deleteMany(ctx, 'activities', [version]));
    },
  };
}
