import type { Term } from '../../domain/catalogue/provision';
import type { BenchmarkNumber, StageId, YearGroup } from '../../domain/catalogue/types';
import type { Activity } from '../../domain/provision-map/types';
import { type YearFields, yearFieldsOf } from '../../domain/years/types';

/** The activity form as typed. */
export interface ActivityDraft {
  readonly title: string;
  readonly stage: StageId | '';
  readonly yearGroup: YearGroup;
  readonly categories: readonly string[];
  readonly learningOutcomes: readonly string[];
  readonly benchmarks: readonly BenchmarkNumber[];
  readonly audience: 'universal' | 'targeted';
  readonly group: string;
  readonly term: Term | '';
  readonly parentsAndCarers: boolean;
  readonly provider: string;
  readonly evidenceLink: string;
  /** The edited activity's academic year, kept as it was. */
  readonly year?: YearFields;
}

/** What the form's fields are given: the draft, a way to change it, and the domain's messages by field. */
export interface ActivityFieldsProps {
  readonly yearGroups: readonly YearGroup[];
  readonly draft: ActivityDraft;
  readonly edit: (change: Partial<ActivityDraft>) => void;
  readonly errors: Record<string, string>;
}

/** A draft of `activity`, or of a new one placed in a cell. */
export function activityDraft(activity: Activity | undefined, cell: { stage?: StageId; yearGroup?: YearGroup } = {}): ActivityDraft {
  return {
    title: activity?.title ?? '',
    stage: activity?.stage ?? cell.stage ?? '',
    yearGroup: activity?.yearGroup ?? cell.yearGroup ?? '',
    categories: activity?.categories ?? [],
    learningOutcomes: activity?.learningOutcomes ?? [],
    benchmarks: activity?.benchmarks ?? [],
    audience: activity?.audience.kind ?? 'universal',
    group: activity?.audience.kind === 'targeted' ? activity.audience.group : '',
    term: activity?.term ?? '',
    parentsAndCarers: activity?.parentsAndCarers ?? false,
    provider: activity?.provider ?? '',
    evidenceLink: activity?.evidenceLink ?? '',
    year: yearFieldsOf(activity),
  };
}

/** The draft as input for `validateActivity`. */
export function activityInput(draft: ActivityDraft, id: string): Record<string, unknown> {
  return {
    id,
    stage: draft.stage,
    yearGroup: draft.yearGroup,
    title: draft.title,
    categories: draft.categories,
    learningOutcomes: draft.learningOutcomes,
    benchmarks: draft.benchmarks,
    audience: draft.audience === 'targeted' ? { kind: 'targeted', group: draft.group } : { kind: 'universal' },
    term: draft.term,
    parentsAndCarers: draft.parentsAndCarers,
    provider: draft.provider,
    evidenceLink: draft.evidenceLink,
    ...draft.year,
  };
}

/** A carried-forward activity's draft confirmed for its year: the same, without the "to confirm" mark. */
export function confirmedDraft(draft: ActivityDraft): ActivityDraft {
  const { toConfirm: _mark, ...year } = draft.year ?? {};
  return { ...draft, year };
}
