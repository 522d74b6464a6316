import type { AcademicYear } from '../../domain/academic-year';
import type { StageId } from '../../domain/catalogue/types';
import type { Institution } from '../../domain/institution';
import type { Activity, ProvisionMap } from '../../domain/provision-map/types';
import type { Versioned } from '../../shared/versioned';
import type { DataContext } from '../data-context';
import { createProvisionMapRepository } from './repository';

/** The provision map as its readers need it: the domain's map, and its activities with their versions. */
export interface MapRead {
  readonly map: ProvisionMap;
  /** In published order, with the versions a change must quote. */
  readonly activities: readonly Versioned<Activity>[];
}

/** Reads the institution's provision map of `year` (default this year): activities with versions, and the stages' learning outcomes. */
export function createMapReader(ctx: DataContext): (institution: Institution, year?: AcademicYear) => Promise<MapRead> {
  const repository = createProvisionMapRepository(ctx);
  return async (institution, year) => {
    const loaded = await repository.load(year ? { year } : {});
    const stageOutcomes: Record<StageId, string[]> = { 'introduce-inspire': [], 'investigate-explore': [], 'apply-demonstrate': [] };
    for (const s of loaded.stageOutcomes) stageOutcomes[s.value.stage] = [...s.value.learningOutcomes];
    return {
      activities: loaded.activities,
      map: {
        institutionId: institution.id,
        ...(year ? { academicYear: year } : {}),
        yearGroups: institution.yearGroups,
        activities: loaded.activities.map((a) => a.value),
        stageOutcomes,
      },
    };
  };
}

