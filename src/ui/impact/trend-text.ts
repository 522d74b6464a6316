import type { TargetStatus, Trend } from '../../domain/impact';

const statusWords: Readonly<Record<TargetStatus, string>> = {
  met: 'met',
  'not-met': 'not met',
  'no-target': '',
  'no-data': 'nothing recorded yet',
  withheld: 'the latest figure is withheld',
};

/** The trend in one sentence, the chart's text summary: "3% in 2023/24, 5% in 2025/26; target 2%, not met." */
export function trendSummary(trend: Trend): string {
  const points = trend.points.map((p) => `${p.figure.text} in ${p.academicYear}`);
  const values = points.length ? points.join(', ') : 'no figures recorded';
  const target = trend.targetText ? `; target ${trend.targetText}${statusWords[trend.status] ? `, ${statusWords[trend.status]}` : ''}` : '';
  return `${trend.name}: ${values}${target}.`;
}
