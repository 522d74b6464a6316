import { type AcademicYear, nextAcademicYear } from '../../domain/academic-year';
import type { StageId } from '../../domain/catalogue/types';
import { CarryForwardError, type CarryForwardMode, type CarryForwardPlan, planCarryForward, type YearContent } from '../../domain/years/carry-forward';
import { GraphError, isForbidden } from '../../shared/service-error';
import { type Fields, type Item, keyQuery } from '../../graph/list-items';
import { readManyLists } from '../../graph/list-items-batch';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import { PAGE_SIZE } from '../page-size';
import { ACTION_SELECT, actionFromFields, PRIORITY_SELECT, priorityFromFields } from '../plan/mappers';
import { actionCodec, priorityCodec } from '../plan/repository';
import { ACTIVITY_SELECT, activityFromFields, STAGE_OUTCOMES_SELECT, stageOutcomesFromFields } from '../provision-map/mappers';
import { activityCodec, stageOutcomesCodec } from '../provision-map/repository';
import { type Codec, fromItems, saveMany } from '../save';
import { INSTITUTION_RECORD_KEY, institutionFromFields } from '../settings/mappers';
import { STATUTORY_SELECT, statutoryFromFields } from '../statutory/mappers';
import { statutoryCodec } from '../statutory/repository';
import type { ListKey } from '../schema';
import { inYear } from '../year-scope';

/**
 * "Start the next year" as a use case: `previewNextYear` reads both years (one $batch) and says
 * what would be copied; `startNextYear` writes exactly that preview once someone confirms. Keys
 * are derived from the source key and the target year, and every create is reconciled by key, so
 * running it twice, or after an interruption, makes nothing twice.
 */
export async function previewNextYear(ctx: DataContext, from: AcademicYear, to: AcademicYear = nextAcademicYear(from), options: CallOptions = {}): Promise<CarryForwardPlan> {
  const reads: [ListKey, readonly string[]][] = [
    ['activities', ACTIVITY_SELECT],
    ['stageOutcomes', STAGE_OUTCOMES_SELECT],
    ['planPriorities', PRIORITY_SELECT],
    ['planActions', ACTION_SELECT],
    ['statutory', STATUTORY_SELECT],
  ];
  const pages = await readManyLists(
    ctx.graph,
    [
      ...[from, to].flatMap((year) => reads.map(([list, select]) => ({ list: listRef(ctx, list), query: { select, filter: inYear(year), top: PAGE_SIZE } }))),
      // The statutory record names its institution only through the settings.
      { list: listRef(ctx, 'settings'), query: keyQuery(['InstitutionId'], INSTITUTION_RECORD_KEY) },
    ],
    options,
  );
  const [activities, stageOutcomes, priorities, actions, statutory, tActivities, tStageOutcomes, tPriorities, tActions, tStatutory, settings] = pages;
  const values = <T>(items: readonly Item[] | undefined, read: (fields: Fields) => T | null): T[] => fromItems(items ?? [], read).map((v) => v.value);
  const institutionId = settings?.[0] ? institutionFromFields(settings[0].fields).institution.id : undefined;
  const record = institutionId ? values(statutory, (fields) => statutoryFromFields(fields, institutionId))[0] : undefined;

  const outcomes = {} as Record<StageId, readonly string[]>;
  for (const s of values(stageOutcomes, stageOutcomesFromFields)) outcomes[s.stage] = s.learningOutcomes;
  const source: YearContent = {
    academicYear: from,
    map: { activities: values(activities, activityFromFields), stageOutcomes: outcomes },
    priorities: values(priorities, priorityFromFields),
    actions: values(actions, actionFromFields),
    ...(record ? { statutory: record } : {}),
  };
  return planCarryForward(source, to, {
    activityIds: new Set(values(tActivities, activityFromFields).map((a) => a.id)),
    stagesWithOutcomes: new Set(values(tStageOutcomes, stageOutcomesFromFields).map((s) => s.stage)),
    priorityIds: new Set(values(tPriorities, priorityFromFields).map((p) => p.id)),
    actionIds: new Set(values(tActions, actionFromFields).map((a) => a.id)),
    hasStatutory: (tStatutory ?? []).length > 0,
  });
}

export interface StartNextYearResult {
  readonly written: number;
}

/** A reader tried to start a year: nothing was written, and this says why in plain words. */
export class NextYearPermissionError extends GraphError {
  override readonly name: string = 'NextYearPermissionError';
  constructor(to: AcademicYear, cause: GraphError) {
    super({
      status: 403,
      code: 'nextYearForbidden',
      message: `You can read this team's Waypoint lists but not change them, so you can't start ${to}. Ask the Careers Leader or a team owner to start it, or to give you edit access to the team's site.`,
      ...(cause.requestId ? { requestId: cause.requestId } : {}),
      cause,
    });
  }
}

/**
 * Writes what `preview` listed into its target year. A target that already had a map is only
 * merged into when `confirmed` is 'merge' (the preview offered merge or cancel); otherwise
 * nothing is written. Map first, then stage outcomes, priorities, the actions under them and the statutory
 * record (created only where the year has none: a record people have filled in is never overwritten).
 */
export async function startNextYear(
  ctx: DataContext,
  preview: CarryForwardPlan,
  confirmed: CarryForwardMode,
  options: CallOptions = {},
): Promise<StartNextYearResult> {
  if (preview.mode === 'merge' && confirmed !== 'merge') {
    throw new CarryForwardError(`${preview.to} already has a provision map. Choose to merge (add only what is missing) or cancel.`);
  }
  const { to, toWrite } = preview;
  let written = 0;
  const save = async <T>(codec: Codec<T>, values: readonly T[]): Promise<void> => {
    const outcomes = await saveMany(ctx, codec, values.map((value) => ({ value })), options);
    const failed = outcomes.find((o) => !o.ok);
    if (failed && !failed.ok) throw isForbidden(failed.error) ? new NextYearPermissionError(to, failed.error) : failed.error;
    written += outcomes.length;
  };
  try {
    await save(activityCodec(to, 0), toWrite.activities);
    await save(stageOutcomesCodec(to), toWrite.stageOutcomes);
    await save(priorityCodec(to, toWrite.priorities.map((_, i) => i)), toWrite.priorities);
    await save(actionCodec(to, toWrite.actions.map((_, i) => i)), toWrite.actions);
    if (toWrite.statutory) await save(statutoryCodec(toWrite.statutory.institutionId, to), [toWrite.statutory]);
  } catch (error) {
    throw isForbidden(error) && !(error instanceof NextYearPermissionError) ? new NextYearPermissionError(to, error as GraphError) : error;
  }
  return { written };
}
