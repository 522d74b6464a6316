import { providerAccessPolicyContents, statutoryItemLabel } from '../catalogue/statutory';
import type { InstitutionData } from '../institution-data';
import { plural } from '../provision-map/labels';
import { compareReviews } from '../review/compare';
import { formatDate } from '../validation/dates';
import { reportContext } from './governors-report';
import { benchmarkQuestions, keyQuestions } from './questions';
import { sinceLastYear } from './since-last-year';
import type { YearRecord } from '../years/types';
import type { ReportContext } from './context';
import type {
  Bearing,
  BearingLine,
  BoardPaper,
  BoardPaperQuestion,
  BoardPaperSectionId,
  MaturityTableRow,
  ReportQuestion,
} from './types';

/** The most prompt questions the summary asks governors to start with. */
const TO_ASK = 5;

/**
 * The governors' report as a board paper for `today` (yyyy-mm-dd): each table once, everything else referring to it.
 * With `lastYear` (the academic year before the paper's), the summary says what changed since then too.
 */
export function boardPaper(data: InstitutionData, today: string, lastYear?: YearRecord): BoardPaper {
  const ctx = reportContext(data, today);
  const benchmarks = benchmarkQuestions(ctx).map((b) => ({ benchmark: b.benchmark, name: b.name, questions: b.questions.map(briefQuestion) }));
  const yearLines = lastYear ? sinceLastYear(data, lastYear, today) : [];
  const policy = data.statutory.providerAccessPolicy;
  const included = new Set(policy?.contents ?? []);
  return {
    cover: cover(ctx, data, today),
    summary: {
      whereWeAre: whereWeAre(ctx),
      sinceLastReview: sinceLastReview(ctx),
      ...(yearLines.length ? { sinceLastYear: yearLines } : {}),
      atRisk: atRisk(ctx),
      toAsk: toAsk(benchmarks.map((b) => b.questions)),
    },
    statutory: {
      summary: ctx.statutory,
      policyContents: providerAccessPolicyContents.map((c) => ({ id: c.id, label: c.label, text: c.text, included: included.has(c.id) })),
      ...(policy?.signOff ? { signOff: policy.signOff } : {}),
    },
    maturity: { snapshot: ctx.snapshot, table: maturityTable(ctx) },
    provision: ctx.provision,
    plan: ctx.planProgress,
    keyQuestions: keyQuestions(ctx).map((g) => ({ heading: g.heading, questions: g.questions.map(briefQuestion) })),
    benchmarks,
  };
}

/** Questions with a gap in their evidence, one per benchmark first so the board's questions range widely. */
function toAsk(byBenchmark: readonly (readonly BoardPaperQuestion[])[]): string[] {
  const withGap = byBenchmark.map((qs) => qs.filter((q) => q.evidence.some((l) => l.tone === 'gap')).map((q) => q.text));
  const firsts = withGap.flatMap((qs) => qs.slice(0, 1));
  const rest = withGap.flatMap((qs) => qs.slice(1));
  return [...firsts, ...rest].slice(0, TO_ASK);
}

function cover(ctx: ReportContext, data: InstitutionData, today: string): BoardPaper['cover'] {
  const from = (ctx.previous ?? ctx.current)?.review.date;
  const label = from
    ? `${formatDate(from)} to ${formatDate(today)}, since the ${ctx.previous ? 'previous' : 'first'} agreed internal leadership review`
    : `To ${formatDate(today)}`;
  return {
    institutionName: data.institution.name,
    title: 'Careers education and guidance: report to the governing body',
    date: today,
    period: { ...(from ? { from } : {}), to: today, label },
  };
}

function whereWeAre(ctx: ReportContext): BearingLine[] {
  const { statutory: st, provision: p, planProgress: plan, snapshot } = ctx;
  const open = st.counts['partly-met'] + st.counts['not-met'];
  const recommended = st.recommendationCounts.met + st.recommendationCounts['partly-met'] + st.recommendationCounts['not-met'];
  const lines: BearingLine[] = [
    {
      text:
        `Statutory responsibilities: ${st.counts.met} of 5 met, ${st.counts['partly-met']} partly met, ${st.counts['not-met']} not met; ` +
        `${st.recommendationCounts.met} of the guide's ${recommended} recommendations in place.`,
      tone: open === 0 ? 'met' : 'gap',
    },
  ];
  if (snapshot.current && snapshot.highlights) {
    lines.push({
      text:
        `Internal leadership review agreed on ${formatDate(snapshot.current.date)}: ${plural(snapshot.highlights.strengths.length, 'row', 'rows')} ` +
        `a strength, ${plural(snapshot.highlights.priorities.length, 'row', 'rows')} a priority.`,
      tone: 'info',
    });
  } else {
    lines.push({ text: 'No internal leadership review has been agreed yet.', tone: 'gap' });
  }
  const gaps = p.findings.filter((f) => f.severity === 'gap').length;
  lines.push({
    text: `Provision map: ${plural(p.activityCount, 'activity', 'activities')} in ${p.filledCells} of ${p.totalCells} stage and year group cells; ${plural(gaps, 'gap', 'gaps')}.`,
    tone: gaps > 0 ? 'gap' : 'met',
  });
  lines.push({
    text:
      `Strategic careers plan: ${plural(plan.rollup.priorities.length, 'priority', 'priorities')}, ${plural(plan.totals.actions, 'action', 'actions')} ` +
      `(${plan.totals.completed} completed; ${plan.totals.red} red, ${plan.totals.amber} amber, ${plan.totals.green} green).`,
    tone: 'info',
  });
  return lines;
}

function sinceLastReview(ctx: ReportContext): BearingLine[] {
  const s = ctx.snapshot;
  if (!s.current) return [{ text: 'No internal leadership review has been agreed yet, so there is no change to show.', tone: 'info' }];
  if (!s.previous || !s.changeCounts) return [{ text: s.message ?? 'This is the first agreed review.', tone: 'info' }];
  const c = s.changeCounts;
  const moved = (change: 'up' | 'down'): string =>
    s.moved.filter((r) => r.change === change).map((r) => `${r.row.id} (${r.previous} to ${r.current})`).join(', ');
  const lines: BearingLine[] = [
    {
      text: `Since ${formatDate(s.previous.date)}: ${plural(c.up, 'row', 'rows')} up, ${c.down} down, ${c.same} the same (the maturity table has each row).`,
      // A count, neither good nor bad: a row that went down has its own line, marked as a gap.
      tone: 'info',
    },
  ];
  if (c.up > 0) lines.push({ text: `Up: ${moved('up')}.`, tone: 'met' });
  if (c.down > 0) lines.push({ text: `Down: ${moved('down')}.`, tone: 'gap' });
  const waiting = ctx.planProgress.nextStepsWithoutAction.length;
  if (waiting > 0) {
    lines.push({ text: `${plural(waiting, 'agreed next step has', 'agreed next steps have')} no action in the plan yet.`, tone: 'gap' });
  }
  return lines;
}

function atRisk(ctx: ReportContext): BearingLine[] {
  const lines: BearingLine[] = ctx.statutory.checks
    .filter((c) => c.kind === 'responsibility' && c.status !== 'met')
    .map((c) => ({ text: `${statutoryItemLabel(c.duty)}: ${c.missing.join(' ')}`, tone: 'gap' as const }));
  // Ofsted's expectation on the provider access legislation is quoted once, beneath the statutory table.
  if (ctx.statutory.ofsted) lines.push({ text: 'Inspectors report any shortfall against the provider access legislation: Ofsted\'s expectation is quoted under statutory duties.', tone: 'info' });
  const overdue = ctx.planProgress.overdue.length;
  if (overdue > 0) lines.push({ text: `${plural(overdue, 'plan action is', 'plan actions are')} overdue.`, tone: 'gap' });
  for (const f of ctx.provision.findings.filter((f) => f.severity === 'gap' && f.kind !== 'pal-short')) lines.push({ text: f.message, tone: 'gap' });
  return lines;
}

/** Every row of the model once, with the agreed column and the change since the previous review. */
function maturityTable(ctx: ReportContext): MaturityTableRow[] {
  const rows = compareReviews(ctx.model, ctx.current?.bestFits ?? [], ctx.previous?.bestFits ?? []).rows;
  return rows.map((r) => ({
    rowId: r.row.id,
    title: r.row.title,
    themeId: r.theme.id,
    ...(r.current !== undefined ? { column: r.current } : {}),
    ...(r.previous !== undefined ? { previous: r.previous } : {}),
    change: r.change,
  }));
}

/** Which section's table holds a bearing's detail: by kind, and for lines by what they are about. */
function sectionFor(b: Bearing): BoardPaperSectionId {
  if (b.kind === 'rows') return 'maturity';
  if (b.kind === 'years') return 'provision';
  if (/statutory|provider access/i.test(b.title)) return 'statutory';
  if (/provision map|targeted|parents/i.test(b.title)) return 'provision';
  if (/review/i.test(b.title)) return 'maturity';
  return 'plan';
}

/**
 * A question's evidence in a line or two: its first gap, then the first line that is not, each table referred to
 * (so a line gives its brief form: the table has the detail).
 */
function briefQuestion(q: ReportQuestion): BoardPaperQuestion {
  const lines = q.bearings.flatMap(bearingLines).map((l): BearingLine => ({ text: l.brief ?? l.text, tone: l.tone }));
  const gap = lines.find((l) => l.tone === 'gap');
  const other = lines.find((l) => l.tone !== 'gap');
  return {
    text: q.text,
    evidence: [gap, other].filter((l): l is BearingLine => l !== undefined),
    refersTo: [...new Set(q.bearings.map(sectionFor))],
  };
}

/** One bearing's lines, short: rows as their columns, years as the years with a gap. */
function bearingLines(b: Bearing): BearingLine[] {
  switch (b.kind) {
    case 'rows': {
      if (b.rows.length === 0) return b.empty ? [{ text: b.empty, tone: 'gap' }] : [];
      const rows = b.rows.map((r) =>
        r.column === undefined
          ? `${r.rowId} not agreed`
          : `${r.rowId} at column ${r.column}${r.previous !== undefined && r.previous !== r.column ? ` (was ${r.previous})` : ''}`,
      );
      // A gap to ask about: a row that went down, or sits in the first column ("occasional").
      const weak = b.rows.some((r) => r.change === 'down' || r.column === 1);
      return [{ text: `Maturity ${b.rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}, of 4.`, tone: weak ? 'gap' : 'info' }];
    }
    case 'years': {
      const lines: BearingLine[] = b.findings.filter((f) => f.tone === 'gap');
      const none = b.years.filter((y) => y.activities.length === 0).map((y) => y.label);
      if (none.length > 0) lines.push({ text: `${b.title}: none in ${none.join(', ')}.`, tone: 'info' });
      else if (b.years.every((y) => y.tone === 'met')) lines.push({ text: `${b.title}: every year group has an activity for every learner.`, tone: 'met' });
      return lines;
    }
    case 'lines':
      return [...b.lines];
  }
}
