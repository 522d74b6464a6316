import type { TargetStatus, Trend } from '../../domain/impact';
import { capital } from './describe';

const statusWords: Readonly<Record<TargetStatus, string>> = {
  met: 'met',
  'not-met': 'not met',
  'no-target': '',
  'no-data': 'nothing recorded yet',
  withheld: 'the latest figure is withheld',
};

/** The trend in words, the chart's text summary under its name: "3% in 2023/24, 5% in 2025/26; target 2%, not met." */
export function trendSummary(trend: Trend): string {
  const points = trend.points.map((p) => `${p.figure.text} in ${p.academicYear}`);
  const values = points.length ? points.join(', ') : 'no figures recorded';
  const target = trend.targetText ? `; target ${trend.targetText}${statusWords[trend.status] ? `, ${statusWords[trend.status]}` : ''}` : '';
  return `${capital(values)}${target}.`;
}
