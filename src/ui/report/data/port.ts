import type { InstitutionData } from '../../../domain/institution-data';

/** What the governors' report reads: everything the site holds for its institution, once. */
export interface ReportData {
  /** Null when the site has no institution set up yet. */
  load(): Promise<InstitutionData | null>;
}
