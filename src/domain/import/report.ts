import type { ImportDecision, ImportPreview, PreviewRow } from './types';

/** One activity as the import command reports it. A term not stated is null. */
export interface ReportedActivity {
  readonly title: string;
  readonly stage: string;
  readonly yearGroup: string;
  readonly categories: readonly string[];
  readonly learningOutcomes: readonly string[];
  readonly parentsAndCarers: boolean;
  readonly term: string | null;
}

export interface ReportedRow {
  readonly row: number;
  /** A row still waiting on a decision is reported as rejected: it is not written, and its message says why. */
  readonly status: 'accepted' | 'rejected' | 'duplicate' | 'skipped';
  readonly activities: readonly ReportedActivity[];
  readonly messages: readonly string[];
}

/** The preview as the command's JSON document (`{"rows": […]}`). `hint` ends the message of each decision waited on. */
export function importReport(preview: ImportPreview, hint: (decision: ImportDecision) => string = () => ''): { readonly rows: readonly ReportedRow[] } {
  return {
    rows: preview.rows.map((r) => ({
      row: r.row,
      status: r.status === 'needs-decision' ? 'rejected' : r.status,
      activities:
        r.status === 'accepted'
          ? r.activities.map((a) => ({
              title: a.title,
              stage: a.stage,
              yearGroup: a.yearGroup,
              categories: a.categories,
              learningOutcomes: a.learningOutcomes,
              parentsAndCarers: a.parentsAndCarers,
              term: a.term ?? null,
            }))
          : [],
      messages: withHints(r, preview.decisions, hint),
    })),
  };
}

function withHints(row: PreviewRow, decisions: readonly ImportDecision[], hint: (decision: ImportDecision) => string): readonly string[] {
  const first = row.messages.length - row.waitingOn.length;
  return row.messages.map((m, i) => {
    const text = i >= first ? hint(decisions[row.waitingOn[i - first]!]!) : '';
    return text ? `${m} ${text}` : m;
  });
}
