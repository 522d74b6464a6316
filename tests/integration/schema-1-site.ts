import type { StageId } from '../../src/domain/catalogue/types';
import type { InstitutionData } from '../../src/domain/institution-data';
import type { DataContext } from '../../src/data/data-context';
import { listRef } from '../../src/data/data-context';
import { actionToFields, priorityToFields } from '../../src/data/plan/mappers';
import { activityToFields, stageOutcomesToFields } from '../../src/data/provision-map/mappers';
import { bestFitCodec, reflectionCodec, reviewCodec } from '../../src/data/reviews/repository';
import type { Codec } from '../../src/data/save';
import type { ListKey } from '../../src/data/schema';
import { LEGACY_MULTI_VALUE_COLUMNS } from '../../src/data/schema/version-1';
import { institutionCodec } from '../../src/data/settings/repository';
import { STATUTORY_RECORD_KEY, statutoryToFields } from '../../src/data/statutory/mappers';
import type { Fields } from '../../src/graph/list-items';
import { writeItems } from '../../src/graph/list-items-batch';

/**
 * Writes the current year of `data` the way schema 1 stored it (what schools' sites hold today):
 * no AcademicYear, ToConfirm or CarriedFrom; categories, outcomes and benchmarks as JSON text;
 * one statutory record keyed 'statutory'; stage outcomes keyed by stage. Returns the items per list.
 */
export async function storeAsSchema1(ctx: DataContext, data: InstitutionData): Promise<Record<ListKey, number>> {
  const YEAR = '2026/27' as const;
  const asV1 = (fields: Fields): Fields => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields)) {
      if (name.includes('@') || ['AcademicYear', 'ToConfirm', 'CarriedFrom'].includes(name)) continue;
      const legacy = Object.entries(LEGACY_MULTI_VALUE_COLUMNS).find(([, v]) => v === name)?.[0];
      if (!legacy) out[name] = value;
      else if (Array.isArray(value)) out[legacy] = JSON.stringify(legacy === 'Benchmarks' ? value.map(Number) : value);
    }
    return out;
  };
  const lists: [ListKey, Fields[]][] = [
    ['activities', data.provisionMap.activities.map((a, i) => asV1(activityToFields(a, YEAR, i)))],
    [
      'stageOutcomes',
      (Object.entries(data.provisionMap.stageOutcomes) as [StageId, string[]][]).map(([stage, learningOutcomes]) => ({
        ...asV1(stageOutcomesToFields({ stage, learningOutcomes }, YEAR)),
        WaypointKey: stage,
      })),
    ],
    ['planPriorities', data.plan.priorities.map((p, i) => asV1(priorityToFields(p, YEAR, i)))],
    ['planActions', data.plan.actions.map((a, i) => asV1(actionToFields(a, YEAR, i)))],
    ['statutory', [{ ...asV1(statutoryToFields(data.statutory, YEAR)), WaypointKey: STATUTORY_RECORD_KEY, Title: 'Statutory record' }]],
    ['reviews', data.reviews.map((r) => codecFields(reviewCodec, r.review))],
    ['reflections', data.reviews.flatMap((r) => r.reflections.map((x) => codecFields(reflectionCodec, x)))],
    ['bestFits', data.reviews.flatMap((r) => r.bestFits.map((x) => codecFields(bestFitCodec, x)))],
    [
      'settings',
      [codecFields(institutionCodec, { institution: data.institution, institutionVision: data.plan.institutionVision, careersVision: data.plan.careersVision })],
    ],
  ];
  const counts = {} as Record<ListKey, number>;
  for (const [list, all] of lists) {
    const results = await writeItems(ctx.graph, listRef(ctx, list), all.map((fields) => ({ kind: 'create' as const, fields })), { select: [] });
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw failed.error;
    counts[list] = all.length;
  }
  return counts;
}

const codecFields = <T>(codec: Codec<T>, value: T): Fields => codec.toFields(value, 0);
