import { type AcademicYear, academicYearOf, compareAcademicYears, isAcademicYear } from '../../domain/academic-year';
import type { GraphError } from '../../shared/service-error';
import { type Fields, getAllItems } from '../../graph/list-items';
import { type ItemWrite, writeItems } from '../../graph/list-items-batch';
import { isIsoDate } from '../../domain/validation/dates';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import { multiChoiceFields } from '../fields';
import { PAGE_SIZE } from '../page-size';
import { PER_YEAR_LISTS, type PerYearList } from '../schema';
import { LEGACY_MULTI_VALUE_COLUMNS, type LegacyMultiValueColumn } from '../schema/version-1';
import { stageOutcomesKey } from '../provision-map/mappers';
import { stageIds } from '../schema/activities';
import { statutoryRecordKey, STATUTORY_RECORD_KEY } from '../statutory/mappers';

/**
 * The data half of the upgrade from schema 1 to 2, run by provisioning once the new columns exist
 * and before the new version is recorded. Every item of a per-year list without an academic year
 * gets the year its dates imply (or `current`), and an activity's JSON categories, outcomes and
 * benchmarks move into the multi-choice columns. Each item changes in one eTag-guarded PATCH
 * (year, values and emptied JSON together), so an item is either converted or untouched, never
 * half; items already converted are skipped, so a run cut short (a killed server, a 429 storm)
 * is finished by running again, and a finished upgrade changes nothing.
 */
export interface UpgradeReport {
  /** Items read, per list. */
  readonly seen: Readonly<Record<PerYearList, number>>;
  /** Items changed by this run, per list. */
  readonly converted: Readonly<Record<PerYearList, number>>;
}

export class UpgradeIncompleteError extends Error {
  override readonly name = 'UpgradeIncompleteError';
  constructor(readonly failures: readonly GraphError[]) {
    super(
      `${failures.length} item(s) could not be brought up to date (first: ${failures[0]?.message ?? ''}). Nothing was lost: open Waypoint again to finish the upgrade.`,
    );
  }
}

const LEGACY = Object.keys(LEGACY_MULTI_VALUE_COLUMNS) as LegacyMultiValueColumn[];
const SELECT: Readonly<Record<PerYearList, readonly string[]>> = {
  activities: ['WaypointKey', 'AcademicYear', ...LEGACY],
  stageOutcomes: ['WaypointKey', 'AcademicYear', 'Stage'],
  planPriorities: ['WaypointKey', 'AcademicYear'],
  planActions: ['WaypointKey', 'AcademicYear', 'EndPoint', 'Completed'],
  statutory: ['WaypointKey', 'AcademicYear'],
};

export interface UpgradeOptions extends CallOptions {
  /**
   * The columns each list has on the site (provisioning has just read them). Graph refuses a $select of a column a
   * list lacks, and a site may never have had a schema-1 column (e.g. a list created after it was retired).
   */
  readonly columnsOnSite?: ReadonlyMap<string, ReadonlySet<string>>;
}

export async function upgradeItemsToV2(ctx: DataContext, current: AcademicYear, options: UpgradeOptions = {}): Promise<UpgradeReport> {
  const { columnsOnSite, ...call } = options;
  const seen = {} as Record<PerYearList, number>;
  const converted = {} as Record<PerYearList, number>;
  const failures: GraphError[] = [];
  for (const list of PER_YEAR_LISTS) {
    const onSite = columnsOnSite?.get(list);
    const select = onSite ? SELECT[list].filter((c) => c === 'WaypointKey' || onSite.has(c)) : SELECT[list];
    const items = await getAllItems(ctx.graph, listRef(ctx, list), { select, top: PAGE_SIZE }, call);
    const writes: ItemWrite[] = items.flatMap((item) => {
      const fields = changesFor(list, item.fields, current);
      return fields ? [{ kind: 'update' as const, version: { itemId: item.id, eTag: item.eTag }, fields }] : [];
    });
    const results = writes.length ? await writeItems(ctx.graph, listRef(ctx, list), writes, { select, ...call }) : [];
    seen[list] = items.length;
    converted[list] = results.filter((r) => r.ok).length;
    for (const r of results) if (!r.ok) failures.push(r.error);
  }
  if (failures.length > 0) throw new UpgradeIncompleteError(failures);
  return { seen, converted };
}

/** The fields that bring one item to schema 2, or null when it is there already. Exported for tests. */
export function changesFor(list: PerYearList, fields: Fields, current: AcademicYear): Fields | null {
  const stored = fields['AcademicYear'];
  const year = isAcademicYear(stored) ? stored : impliedYear(list, fields, current);
  const out: Record<string, unknown> = isAcademicYear(stored) ? {} : { AcademicYear: year };
  const key = typeof fields['WaypointKey'] === 'string' ? fields['WaypointKey'] : '';
  if (list === 'activities') {
    for (const legacy of LEGACY) {
      const raw = fields[legacy];
      if (raw === undefined || raw === null || raw === '') continue;
      const values = jsonStrings(raw);
      // Text that is not a JSON array (typed in SharePoint by hand) stays where it is: nothing is lost.
      if (values === null) continue;
      Object.assign(out, values.length ? multiChoiceFields(LEGACY_MULTI_VALUE_COLUMNS[legacy], values) : {}, { [legacy]: null });
    }
  }
  if (list === 'stageOutcomes') {
    const stage = stageIds.find((s) => s === fields['Stage'] || s === key);
    if (stage && key !== stageOutcomesKey(stage, year)) out['WaypointKey'] = stageOutcomesKey(stage, year);
  }
  if (list === 'statutory' && key === STATUTORY_RECORD_KEY) out['WaypointKey'] = statutoryRecordKey(year);
  return Object.keys(out).length ? out : null;
}

/**
 * A completed action whose end point lies in an earlier year belongs to that year's plan; every
 * other item (activities and stage outcomes carry no dates; open actions are still this year's
 * work) belongs to the current year.
 */
function impliedYear(list: PerYearList, fields: Fields, current: AcademicYear): AcademicYear {
  if (list !== 'planActions') return current;
  const endPoint = fields['EndPoint'];
  const completed = fields['Completed'] === true;
  if (!completed || typeof endPoint !== 'string' || !isIsoDate(endPoint)) return current;
  const year = academicYearOf(endPoint);
  return compareAcademicYears(year, current) < 0 ? year : current;
}

/** A schema-1 JSON array as strings (benchmark numbers become '1'…'8'); null when it is not one. */
function jsonStrings(raw: unknown): string[] | null {
  if (typeof raw !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((v) => typeof v === 'string' || typeof v === 'number').map(String) : null;
  } catch {
    return null;
  }
}
