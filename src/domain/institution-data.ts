import type { AcademicYear } from './academic-year';
import type { Institution } from './institution';
import type { ProvisionMap } from './provision-map/types';
import type { StrategicPlan } from './plan/types';
import type { AgreedBestFit, Reflection, Review } from './review/types';
import type { StatutoryRecord } from './statutory/types';
import type { YearRecord } from './years/types';

export interface ReviewRecord {
  readonly review: Review;
  readonly reflections: readonly Reflection[];
  readonly bestFits: readonly AgreedBestFit[];
}

/**
 * Everything Waypoint holds for one institution: the shape the demo school and a full load share.
 * The map, plan and statutory record are those of `academicYear`; reviews are never per year (each
 * keeps its date). `otherYears` holds other academic years' records where the caller has them (the
 * demo school; a full load reads only one year).
 */
export interface InstitutionData {
  readonly institution: Institution;
  readonly academicYear?: AcademicYear;
  readonly otherYears?: readonly YearRecord[];
  readonly provisionMap: ProvisionMap;
  readonly reviews: readonly ReviewRecord[];
  readonly plan: StrategicPlan;
  readonly statutory: StatutoryRecord;
}
