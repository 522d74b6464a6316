import { Subtitle1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { yearsLabel } from '../../domain/provision-map/labels';
import type { BearingLine, GovernorsReport } from '../../domain/report/types';
import { formatDate } from '../../domain/validation/dates';
import { useReportStyles } from './parts/report-styles';
import { ToneLine } from '../common/tone';

const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The handful of facts a board needs first, each marked in place, a gap, or a note. */
export function summaryLines(r: GovernorsReport): BearingLine[] {
  const lines: BearingLine[] = [];
  const s = r.snapshot;
  if (s.current) {
    const change = s.changeCounts ? `: ${s.changeCounts.up} rows up, ${s.changeCounts.down} down since ${formatDate(s.previous!.date)}` : '';
    lines.push({ text: `Latest internal leadership review agreed on ${formatDate(s.current.date)}${change}.`, tone: 'info' });
  } else {
    lines.push({ text: 'No internal leadership review has been agreed yet.', tone: 'gap' });
  }
  const c = r.statutory.counts;
  lines.push({
    text: `Statutory responsibilities: ${c.met} met, ${c['partly-met']} partly met, ${c['not-met']} not met.`,
    tone: c['partly-met'] + c['not-met'] === 0 ? 'met' : 'gap',
  });
  const short = r.provision.pal.filter((p) => p.status === 'short');
  lines.push(
    short.length
      ? {
          text: `Provider Access Legislation: short of encounters in ${short.map((p) => `the ${p.phase} key phase (${yearsLabel(p.yearGroups)})`).join(' and ')}.`,
          tone: 'gap',
        }
      : { text: 'Provider Access Legislation: every key phase has the encounters required.', tone: 'met' },
  );
  lines.push({
    text: `Strategic careers plan: ${n(r.plan.rollup.priorities.length, 'priority', 'priorities')}, ${n(r.plan.totals.actions, 'action', 'actions')}, ${r.plan.totals.completed} completed.`,
    tone: 'info',
  });
  lines.push(
    r.plan.overdue.length
      ? { text: `${n(r.plan.overdue.length, 'action is', 'actions are')} overdue.`, tone: 'gap' }
      : { text: 'No action is overdue.', tone: 'met' },
  );
  const gaps = r.provision.findings.filter((f) => f.severity === 'gap').length;
  lines.push({ text: `Provision map: ${n(r.provision.activityCount, 'activity', 'activities')}, ${n(gaps, 'gap', 'gaps')} found.`, tone: gaps ? 'gap' : 'met' });
  return lines;
}

export function ReportSummary(props: { report: GovernorsReport }): ReactNode {
  const s = useReportStyles();
  return (
    <section className={s.sub} aria-labelledby="report-summary">
      <Subtitle1 as="h2" id="report-summary">
        Summary
      </Subtitle1>
      <ul className={s.plainList}>
        {summaryLines(props.report).map((l) => (
          <ToneLine key={l.text} tone={l.tone}>
            {l.text}
          </ToneLine>
        ))}
      </ul>
    </section>
  );
}
