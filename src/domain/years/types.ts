import type { AcademicYear } from '../academic-year';
import type { StrategicPlan } from '../plan/types';
import type { ProvisionMap } from '../provision-map/types';
import type { StatutoryRecord } from '../statutory/types';

/** What a school holds for one academic year: its map, its plan (priorities and actions) and its statutory record. */
export interface YearRecord {
  readonly academicYear: AcademicYear;
  readonly provisionMap: ProvisionMap;
  readonly plan: StrategicPlan;
  readonly statutory: StatutoryRecord;
}
