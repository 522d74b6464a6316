import { findRow } from '../catalogue';
import { planLinksByRow } from '../plan/links';
import { bestFitsByRow } from '../review/indexes';
import { formatDate } from '../validation/dates';
import type { ReportContext } from './context';
import type { EvidenceSpec } from './evidence-specs';
import type { Bearing, RowBearing } from './types';

/** Maturity rows as the latest agreed review left them, with the change since the previous one. */
export function rowsBearing(spec: Extract<EvidenceSpec, { kind: 'rows' }>, ctx: ReportContext): Bearing {
  const ids = ctx.model.variant === 'colleges' && spec.colleges ? spec.colleges : spec.rows;
  const current = ctx.current ? bestFitsByRow(ctx.current.bestFits) : new Map();
  const links = planLinksByRow(ctx.plan);
  const changes = ctx.snapshot.comparison?.rows;
  const rows: RowBearing[] = [];
  for (const id of ids) {
    const row = findRow(ctx.model, id);
    if (!row) continue;
    const fit = current.get(id);
    const compared = changes?.find((c) => c.row.id === id);
    rows.push({
      rowId: id,
      title: row.title,
      ...(fit ? { column: fit.column } : {}),
      ...(compared?.previous !== undefined ? { previous: compared.previous } : {}),
      change: compared?.change ?? (fit ? 'new' : 'not-agreed'),
      evidence: fit?.evidence ?? '',
      nextSteps: fit?.nextSteps ?? '',
      actions: links.get(id)?.actions.length ?? 0,
    });
  }
  return ctx.current
    ? { kind: 'rows', title: `Maturity rows, as agreed on ${formatDate(ctx.current.review.date)}`, rows }
    : { kind: 'rows', title: 'Maturity rows', rows, empty: 'No internal leadership review has been agreed yet.' };
}
