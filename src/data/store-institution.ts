import type { StageId } from '../domain/catalogue/types';
import type { InstitutionData } from '../domain/institution-data';
import { type CallOptions, type DataContext } from './data-context';
import { readAllLists } from './load-institution';
import { actionCodec, priorityCodec } from './plan/repository';
import { activityCodec, stageOutcomesCodec } from './provision-map/repository';
import { bestFitCodec, reflectionCodec, reviewCodec } from './reviews/repository';
import { byPosition, type Codec, saveMany, upsertEntries } from './save';
import type { ListKey } from './schema';
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
 * Makes the site hold `data` (used to load the demo school): one read of every list, then
 * $batch writes of only what is missing or different. Re-running after an interruption
 * finishes the job without duplicating anything. The institution record goes last, so its
 * presence means the rest is in place.
 */
export async function storeInstitution(ctx: DataContext, data: InstitutionData, options: CallOptions = {}): Promise<StoreResult> {
  const existing = await readAllLists(ctx, options);
  const failures: { list: ListKey; error: GraphError }[] = [];
  let written = 0;

  async function put<T>(codec: Codec<T>, values: readonly T[]): Promise<void> {
    const numbered = byPosition(codec, values);
    const outcomes = await saveMany(ctx, numbered, upsertEntries(numbered, values, existing[codec.list]), options);
    for (const outcome of outcomes) {
      if (outcome.ok) written++;
      else failures.push({ list: codec.list, error: outcome.error });
    }
  }

  const stages = Object.entries(data.provisionMap.stageOutcomes) as [StageId, readonly string[]][];
  await put(stageOutcomesCodec, stages.map(([stage, learningOutcomes]) => ({ stage, learningOutcomes })));
  await put(activityCodec(0), data.provisionMap.activities);
  await put(reviewCodec, data.reviews.map((r) => r.review));
  await put(reflectionCodec, data.reviews.flatMap((r) => r.reflections));
  await put(bestFitCodec, data.reviews.flatMap((r) => r.bestFits));
  await put(priorityCodec(data.plan.priorities.map((_, i) => i)), data.plan.priorities);
  await put(actionCodec(data.plan.actions.map((_, i) => i)), data.plan.actions);
  await put(statutoryCodec(data.institution.id), [data.statutory]);
  if (failures.length > 0) throw new StoreInstitutionError(failures);
  await put(institutionCodec, [
    { institution: data.institution, institutionVision: data.plan.institutionVision, careersVision: data.plan.careersVision },
  ]);
  if (failures.length > 0) throw new StoreInstitutionError(failures);
  return { written };
}
