import type { StageId } from '../domain/catalogue';
import { outcomeCodesAddress, stageOutcomesFromCodes } from './outcomes-sheet';
import { type ReadOptions, readTemplateRows, type TemplateRead } from './read-rows';
import { readActivitiesXlsx } from './xlsx/read-xlsx';

export interface ProvisionImport extends TemplateRead {
  /** Each stage's learning outcomes as the file's Learning outcomes sheet picks them. */
  readonly stageOutcomes: Readonly<Record<StageId, readonly string[]>>;
}

/**
 * Reads a filled-in copy of the downloadable template with exactly the pane's validation: every problem with its
 * row number and column, or the valid rows. UI-free, so the pane's plain-browser mode and the Teams tab's map view
 * share it. Nothing is written anywhere; the caller publishes only when `problems` is empty.
 */
export async function importProvisionWorkbook(data: ArrayBuffer, options: ReadOptions): Promise<ProvisionImport> {
  const read = await readActivitiesXlsx(data, outcomeCodesAddress(options.catalogue));
  const noOutcomes = stageOutcomesFromCodes([], options.catalogue);
  if (!read.ok) return { rows: [], problems: [{ message: read.message }], stageOutcomes: noOutcomes };
  return { ...readTemplateRows(read.sheet, options), stageOutcomes: stageOutcomesFromCodes(read.outcomeCodes, options.catalogue) };
}
