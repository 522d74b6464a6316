import { describe, expect, it } from 'vitest';

import { DEMO_AS_OF, DEMO_REVIEW_2025_ID, DEMO_REVIEW_2026_ID, demoSchool } from '../../../../src/demo/demo-school';
import type { InstitutionData } from '../../../../src/domain/institution-data';
import { governorsReport } from '../../../../src/domain/report';

describe('governorsReport on the demo school', () => {
  const report = governorsReport(demoSchool, DEMO_AS_OF);

  it('snapshots the latest agreed review against the one before', () => {
    expect(report.snapshot.current?.id).toBe(DEMO_REVIEW_2026_ID);
    expect(report.snapshot.previous?.id).toBe(DEMO_REVIEW_2025_ID);
    expect(report.snapshot.changeCounts).toMatchObject({ up: 7, down: 2 });
    expect(report.snapshot.moved.map((r) => `${r.row.id} ${r.change}`)).toContain('1.7 down');
    expect(report.snapshot.distribution).toHaveLength(6);
  });

  it('carries plan progress: one overdue action and the RAG totals', () => {
    expect(report.plan.overdue.map((o) => o.action.id)).toEqual(['act-publish-impact-statement']);
    expect(report.plan.totals).toMatchObject({ actions: 15, completed: 3 });
    expect(report.plan.rollup.priorities).toHaveLength(4);
  });

  it('carries the statutory checklist with names and PAL per key phase', () => {
    // The five responsibilities: PAL (first key phase short) and publishing (premises, impact) partly met.
    expect(report.statutory.counts).toEqual({ met: 3, 'partly-met': 2, 'not-met': 0 });
    expect(report.statutory.recommendationCounts).toEqual({ met: 3, 'partly-met': 0, 'not-met': 0 });
    expect(report.statutory.ofsted).toMatch(/^The Ofsted school inspection handbook/);
    expect(report.statutory.details['link-governor']).toBe('Susan Pemberton');
    expect(report.provision.pal.map((p) => [p.phase, p.status])).toEqual([
      ['first', 'short'],
      ['second', 'met'],
      ['third', 'met'],
    ]);
  });

  it('lists gaps before advice among the provision findings', () => {
    const severities = report.provision.findings.map((f) => f.severity);
    expect(severities.indexOf('advice')).toBeGreaterThan(severities.lastIndexOf('gap'));
  });
});

describe('governorsReport with no agreed review', () => {
  const data: InstitutionData = {
    ...demoSchool,
    reviews: demoSchool.reviews.map((r) => ({ ...r, review: { ...r.review, status: 'meeting' as const } })),
  };
  const report = governorsReport(data, DEMO_AS_OF);

  it('says so instead of a snapshot, and names the review under way', () => {
    expect(report.snapshot.current).toBeUndefined();
    expect(report.snapshot.message).toBe('No internal leadership review has been agreed yet.');
    expect(report.snapshot.inProgress?.id).toBe(DEMO_REVIEW_2026_ID);
  });

  it('shows maturity rows with no column and the reason', () => {
    const bm5 = report.benchmarkQuestions.find((b) => b.benchmark === 5)!;
    const rows = bm5.questions[0]!.bearings.find((b) => b.kind === 'rows');
    expect(rows).toMatchObject({ kind: 'rows', empty: 'No internal leadership review has been agreed yet.' });
    if (rows?.kind === 'rows') expect(rows.rows.every((r) => r.column === undefined)).toBe(true);
  });
});

describe('governorsReport with the first agreed review only', () => {
  const data: InstitutionData = { ...demoSchool, reviews: demoSchool.reviews.filter((r) => r.review.id === DEMO_REVIEW_2025_ID) };

  it('explains there is no change to show yet', () => {
    const report = governorsReport(data, DEMO_AS_OF);
    expect(report.snapshot.comparison).toBeUndefined();
    expect(report.snapshot.message).toMatch(/first agreed review/);
  });
});
