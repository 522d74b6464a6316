// Source: seed 002 (Careers Impact Maturity Model — Schools), "How the Careers Impact Maturity Model is structured".
import type { ColumnLabel, ColumnNumber } from './types';

/**
 * The four columns of the maturity model. `label` is ours (a short form of the model's own words, see
 * PRODUCT.md); `description` is the model's sentence for the column, verbatim.
 */
export const columnLabels: readonly ColumnLabel[] = [
  {
    column: 1,
    label: 'Occasional',
    description: 'Practice is occasional and may depend on individuals or isolated activity.',
  },
  {
    column: 2,
    label: 'Regular and planned',
    description: 'Practice is regular and planned, supported by expectations and shared approaches.',
  },
  {
    column: 3,
    label: 'Routine and consistent',
    // "under-pinned" is hyphenated in the seed; kept as written.
    description:
      'Practice is routine and consistent across the setting, under-pinned by intentional design and established ' +
      'systems.',
  },
  {
    column: 4,
    label: 'Embedded and sustained',
    description:
      'Practice is embedded and sustained through leadership, governance and whole-setting systematic planning, ' +
      'review and improvement.',
  },
];

/** The four columns, in the model's order. */
export const COLUMNS: readonly ColumnNumber[] = [1, 2, 3, 4];

/** "Regular and planned". */
function columnLabel(column: ColumnNumber): string {
  return columnLabels.find((c) => c.column === column)?.label ?? `Column ${column}`;
}

/** "2 Regular and planned": the number people say in the meeting, then the model's words. */
export function columnName(column: ColumnNumber): string {
  return `${column} ${columnLabel(column)}`;
}
