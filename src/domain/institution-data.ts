import type { Institution } from './institution';
import type { ProvisionMap } from './provision-map/types';
import type { StrategicPlan } from './plan/types';
import type { AgreedBestFit, Reflection, Review } from './review/types';
import type { StatutoryRecord } from './statutory/types';

export interface ReviewRecord {
  readonly review: Review;
  readonly reflections: readonly Reflection[];
  readonly bestFits: readonly AgreedBestFit[];
}

/** Everything Waypoint holds for one institution: the shape the demo school and a full load share. */
export interface InstitutionData {
  readonly institution: Institution;
  readonly provisionMap: ProvisionMap;
  readonly reviews: readonly ReviewRecord[];
  readonly plan: StrategicPlan;
  readonly statutory: StatutoryRecord;
}
