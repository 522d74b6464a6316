import type { StageId } from '../../../domain/catalogue/types';
import type { Institution } from '../../../domain/institution';
import type { DataContext } from '../../../data/data-context';
import { createProvisionMapRepository } from '../../../data/provision-map/repository';
import { deleteMany } from '../../../data/save';
import { createSettingsRepository } from '../../../data/settings/repository';
import { throwFirstFailure, unwrap } from '../../../data/save';
import type { LoadedMap, ProvisionMapData } from './port';

/** Reads the institution's provision map (activities with versions, and the stages' learning outcomes). */
export function createMapReader(ctx: DataContext): (institution: Institution) => Promise<Omit<LoadedMap, 'institution'>> {
  const repository = createProvisionMapRepository(ctx);
  return async (institution) => {
    const loaded = await repository.load();
    const stageOutcomes: Record<StageId, string[]> = { 'introduce-inspire': [], 'investigate-explore': [], 'apply-demonstrate': [] };
    for (const s of loaded.stageOutcomes) stageOutcomes[s.value.stage] = [...s.value.learningOutcomes];
    return {
      activities: loaded.activities,
      map: {
        institutionId: institution.id,
        yearGroups: institution.yearGroups,
        activities: loaded.activities.map((a) => a.value),
        stageOutcomes,
      },
    };
  };
}

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
