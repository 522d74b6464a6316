import { columnLabels } from '../../../domain/catalogue/columns';
import type { ColumnNumber } from '../../../domain/catalogue/types';

/** The maturity model's four columns, and each as the paper names it: "3 Routine and consistent". */
export const COLUMNS: readonly ColumnNumber[] = [1, 2, 3, 4];
export const columnLabel = (c: ColumnNumber): string => `${c} ${columnLabels.find((l) => l.column === c)?.label ?? ''}`;
