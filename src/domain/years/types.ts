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

/** What ties a value to its academic year; a form that edits the value hands these back unchanged. */
export interface YearFields {
  readonly academicYear?: AcademicYear;
  readonly toConfirm?: boolean;
  readonly carriedFrom?: string;
}

export function yearFieldsOf(value: YearFields | undefined): YearFields {
  return {
    ...(value?.academicYear ? { academicYear: value.academicYear } : {}),
    ...(value?.toConfirm ? { toConfirm: true } : {}),
    ...(value?.carriedFrom ? { carriedFrom: value.carriedFrom } : {}),
  };
}
