import type { AcademicYear } from '../../../domain/academic-year';
import type { Institution } from '../../../domain/institution';
import type { ProvisionMap } from '../../../domain/provision-map/types';
import type { StrategicEvidence } from '../../../domain/statutory/strategic';
import type { StatutoryRecord } from '../../../domain/statutory/types';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

export interface LoadedStatutory {
  readonly institution: Institution;
  /** Null until the record is first saved. */
  readonly record: Versioned<StatutoryRecord> | null;
  /** The provision map, for the provider access legislation's encounters. */
  readonly map: ProvisionMap;
  /** The plan and reviews in numbers, for the fifth responsibility (a strategic approach). */
  readonly strategic: StrategicEvidence;
}

/** What the statutory duties view needs from the data layer (see `statutory-data-adapter.ts`). */
export interface StatutoryData {
  /** The record of `year`, with that year's map and plan. */
  load(year: AcademicYear): Promise<LoadedStatutory | null>;
  /** Rejects with a ConflictError when someone else saved first, or a GraphError (403 when read-only). */
  save(record: StatutoryRecord, basedOn: ItemVersion | null, year: AcademicYear): Promise<Versioned<StatutoryRecord>>;
  /** The academic years that hold a map, a plan or a statutory record, latest first (see `yearsWithData`). */
  yearsWithData(): Promise<readonly AcademicYear[]>;
}
