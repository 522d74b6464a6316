import type { BoardPaperSectionId } from '../../../domain/report/types';

/** Each theme's section of the board paper: its anchor and heading, so a line elsewhere can refer to its table. */
export const paperSections: Readonly<Record<BoardPaperSectionId, { readonly id: string; readonly title: string }>> = {
  statutory: { id: 'report-statutory', title: 'Statutory duties and Provider Access Legislation' },
  maturity: { id: 'report-maturity', title: 'Maturity snapshot and change since the last review' },
  provision: { id: 'report-provision', title: 'Provision map: coverage and gaps' },
  plan: { id: 'report-plan', title: 'Strategic careers plan progress' },
};
