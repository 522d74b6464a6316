// The plan's values as its views see them; the port itself is `PlanData` in `adapter.ts`.

import type { AcademicYear } from '../../../domain/academic-year';
import type { Institution } from '../../../domain/institution';
import type { PlanAction, Priority } from '../../../domain/plan/types';
import type { AgreedBestFit, Review } from '../../../domain/review/types';
import type { Versioned } from '../../../shared/versioned';

/** The plan's two visions (kept with the institution record). */
export interface PlanVisions {
  readonly institutionVision: string;
  readonly careersVision: string;
}

/** The latest agreed review, whose next steps can become actions. */
export interface AgreedReview {
  readonly review: Review;
  readonly bestFits: readonly AgreedBestFit[];
}

/** One academic year's priorities and actions. */
export interface PlanOfYear {
  readonly academicYear: AcademicYear;
  readonly priorities: readonly Versioned<Priority>[];
  readonly actions: readonly Versioned<PlanAction>[];
}

export interface LoadedPlan extends PlanOfYear {
  readonly institution: Institution;
  readonly visions: Versioned<PlanVisions>;
  readonly latestReview?: AgreedReview;
}
