import type { AcademicYear } from '../domain/academic-year';
import type { StageId } from '../domain/catalogue/types';
import type { InstitutionData } from '../domain/institution-data';
import type { YearRecord } from '../domain/years/types';
import type { Item } from '../graph/list-items';
import { type DataContext } from './data-context';
import { readAllLists } from './load-institution';
import { actionCodec, priorityCodec } from './plan/repository';
import { activityCodec, stageOutcomesCodec } from './provision-map/repository';
import { bestFitCodec, reflectionCodec, reviewCodec } from './reviews/repository';
import { byPosition, type Codec, saveMany, upsertEntries } from './save';
import type { ListKey } from './schema';
import { callOptions, yearOf, type YearOptions } from './year-scope';
import { institutionCodec } from './settings/repository';
import { statutoryCodec } from './statutory/repository';
import type { GraphError } from '../shared/service-error';

/** Some items could not be stored; `failures` says which and why. */
export class StoreInstitutionError extends Error {
  override readonly name = 'StoreInstitutionError';
  constructor(readonly failures: readonly { readonly list: ListKey; readonly error: GraphError }[]) {
    super(`${failures.length} item(s) could not be stored; first: ${failures[0]?.error.message ?? ''}`);
  }
}

export interface StoreResult {
  /** Items created or changed; 0 when the site already held exactly this data. */
  readonly written: number;
}

/**
 * Makes the site hold `data` (used to load the demo school): one read of every list (the
 * per-year lists once per academic year held), then $batch writes of only what is missing or
 * different. Re-running after an interruption finishes the job without duplicating anything.
 * The institution record goes last, so its presence means the rest is in place.
 */
export async function storeInstitution(ctx: DataContext, data: InstitutionData, options: YearOptions = {}): Promise<StoreResult> {
  const call = callOptions(options);
  const failures: { list: ListKey; error: GraphError }[] = [];
  let written = 0;

  async function put<T>(codec: Codec<T>, values: readonly T[], existing: Record<ListKey, Item[]>): Promise<void> {
    const numbered = byPosition(codec, values);
    const outcomes = await saveMany(ctx, numbered, upsertEntries(numbered, values, existing[codec.list]), call);
    for (const outcome of outcomes) {
      if (outcome.ok) written++;
      else failures.push({ list: codec.list, error: outcome.error });
    }
  }

  const current: YearRecord = {
    academicYear: data.academicYear ?? yearOf(options),
    provisionMap: data.provisionMap,
    plan: data.plan,
    statutory: data.statutory,
  };
  for (const record of [...(data.otherYears ?? []), current]) {
    const year: AcademicYear = record.academicYear;
    const existing = await readAllLists(ctx, { ...call, year });
    const stages = Object.entries(record.provisionMap.stageOutcomes) as [StageId, readonly string[]][];
    await put(stageOutcomesCodec(year), stages.map(([stage, learningOutcomes]) => ({ stage, learningOutcomes, academicYear: year })), existing);
    await put(activityCodec(year, 0), record.provisionMap.activities, existing);
    await put(priorityCodec(year, record.plan.priorities.map((_, i) => i)), record.plan.priorities, existing);
    await put(actionCodec(year, record.plan.actions.map((_, i) => i)), record.plan.actions, existing);
    await put(statutoryCodec(data.institution.id, year), [record.statutory], existing);
    if (record === current) {
      await put(reviewCodec, data.reviews.map((r) => r.review), existing);
      await put(reflectionCodec, data.reviews.flatMap((r) => r.reflections), existing);
      await put(bestFitCodec, data.reviews.flatMap((r) => r.bestFits), existing);
    }
  }
  if (failures.length > 0) throw new StoreInstitutionError(failures);
  const settings = await readAllLists(ctx, call);
  await put(
    institutionCodec,
    [{ institution: data.institution, institutionVision: data.plan.institutionVision, careersVision: data.plan.careersVision }],
    settings,
  );
  if (failures.length > 0) throw new StoreInstitutionError(failures);
  return { written };
}
