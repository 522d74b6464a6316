import type { StageId } from '../domain/catalogue';
import { maxOutcomesPerStage } from '../domain/catalogue';
import { absoluteRef, rangeAddress } from './a1';
import type { TemplateCatalogue } from './catalogue';
import { listSource } from './lists';
import type { CellValue, SheetPlan } from './plan';
import { sheetNames } from './sheets';

/** The chosen outcomes sit in a fixed grid (0-based): one row per slot, five slots per stage, codes in column C. */
export const outcomeGrid = { firstRow: 3, codeColumn: 2, rowsPerStage: maxOutcomesPerStage } as const;

const referenceFirstRow = (catalogue: TemplateCatalogue): number =>
  outcomeGrid.firstRow + catalogue.stages.length * outcomeGrid.rowsPerStage + 2;

/** The cells holding the chosen codes, as one address ("C4:C18"), for a single read. */
export function outcomeCodesAddress(catalogue: TemplateCatalogue): string {
  return rangeAddress(outcomeGrid.firstRow, outcomeGrid.codeColumn, catalogue.stages.length * outcomeGrid.rowsPerStage, 1);
}

/** Codes read from `outcomeCodesAddress`, per stage; unknown or blank codes are skipped. */
export function stageOutcomesFromCodes(
  codes: readonly (readonly CellValue[])[],
  catalogue: TemplateCatalogue,
): Record<StageId, string[]> {
  const known = new Set(catalogue.outcomes.map((o) => o.id));
  const out = {} as Record<StageId, string[]>;
  catalogue.stages.forEach((stage, s) => {
    const slots = codes.slice(s * outcomeGrid.rowsPerStage, (s + 1) * outcomeGrid.rowsPerStage);
    out[stage.id] = slots.map((r) => String(r[0] ?? '').trim().toUpperCase()).filter((c) => known.has(c));
  });
  return out;
}

/** Each stage's (up to five) learning outcomes, picked by code, with the universal and own outcomes listed below. */
export function outcomesSheet(
  catalogue: TemplateCatalogue,
  stageOutcomes: Readonly<Record<StageId, readonly string[]>>,
): SheetPlan {
  const refRow = referenceFirstRow(catalogue);
  const lookup = (row: number): CellValue => ({
    formula: `=IFERROR(VLOOKUP(C${row + 1},${absoluteRef(sheetNames.learningOutcomes, refRow + 1, 0, catalogue.outcomes.length, 3)},3,FALSE),"")`,
  });
  const slots: CellValue[][] = catalogue.stages.flatMap((stage) =>
    Array.from({ length: outcomeGrid.rowsPerStage }, (_, i) => {
      const row = outcomeGrid.firstRow + catalogue.stages.indexOf(stage) * outcomeGrid.rowsPerStage + i;
      return [i === 0 ? stage.name : null, i + 1, stageOutcomes[stage.id]?.[i] ?? null, lookup(row)];
    }),
  );
  return {
    name: sheetNames.learningOutcomes,
    visibility: 'visible',
    columnWidths: [26, 6, 10, 90],
    blocks: [
      { row: 0, column: 0, values: [['Learning outcomes']], style: { bold: true, size: 14 } },
      {
        row: 1,
        column: 0,
        values: [['Choose up to five learning outcomes for each stage: pick a code in the Code column. The outcomes are listed below.']],
        style: { italic: true },
      },
      { row: 2, column: 0, values: [['Stage', 'Slot', 'Code', 'Learning outcome']], style: { bold: true, fill: '1F3864', fontColour: 'FFFFFF' } },
      { row: outcomeGrid.firstRow, column: 0, values: slots, style: { wrap: true } },
      { row: refRow, column: 0, values: [['Code', 'Area', 'Learning outcome']], style: { bold: true, fill: '1F3864', fontColour: 'FFFFFF' } },
      {
        row: refRow + 1,
        column: 0,
        values: catalogue.outcomes.map((o) => [o.id, o.area, o.text]),
        style: { wrap: true },
      },
    ],
    validations: [
      {
        kind: 'list',
        range: outcomeCodesAddress(catalogue),
        source: listSource('learningOutcomes', catalogue),
        strict: true,
        prompt: 'Pick a learning outcome code.',
      },
    ],
    freezeRows: 3,
  };
}
