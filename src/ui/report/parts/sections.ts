import type { BoardPaperSectionId } from '../../../domain/report/types';

/** Each theme's section of the board paper: its anchor, heading and short name, so a line elsewhere can refer to its table. */
export const paperSections: Readonly<Record<BoardPaperSectionId, { readonly id: string; readonly title: string; readonly short: string }>> = {
  statutory: { id: 'report-statutory', title: 'Statutory duties and Provider Access Legislation', short: 'statutory duties' },
  maturity: { id: 'report-maturity', title: 'Maturity snapshot and change since the last review', short: 'maturity rows' },
  provision: { id: 'report-provision', title: 'Provision map: coverage and gaps', short: 'provision map' },
  plan: { id: 'report-plan', title: 'Strategic careers plan progress', short: 'plan progress' },
};
