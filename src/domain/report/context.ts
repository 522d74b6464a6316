import type { MaturityModel } from '../catalogue/types';
import type { ReviewRecord } from '../institution-data';
import type { StrategicPlan } from '../plan/types';
import type { ProvisionMap } from '../provision-map/types';
import type { MaturitySnapshot, PlanProgress, ProvisionSummary, StatutorySummary } from './types';

/** Everything the report's questions draw on, computed once. */
export interface ReportContext {
  readonly model: MaturityModel;
  readonly reviews: readonly ReviewRecord[];
  readonly current?: ReviewRecord;
  readonly previous?: ReviewRecord;
  readonly snapshot: MaturitySnapshot;
  readonly map: ProvisionMap;
  readonly plan: StrategicPlan;
  readonly provision: ProvisionSummary;
  readonly planProgress: PlanProgress;
  readonly statutory: StatutorySummary;
}
