import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Trend } from '../../domain/impact';

const W = 320;
const H = 150;
const TOP = 20;
const BOTTOM = 24;
const PLOT = H - TOP - BOTTOM;

const useStyles = makeStyles({
  chart: { width: '100%', maxWidth: '24rem', height: 'auto', display: 'block' },
  bar: { fill: tokens.colorBrandBackground, '@media (forced-colors: active)': { fill: 'CanvasText' }, '@media print': { fill: '#444' } },
  axis: { stroke: tokens.colorNeutralStroke1, '@media (forced-colors: active)': { stroke: 'CanvasText' } },
  target: {
    stroke: tokens.colorNeutralForeground1,
    strokeDasharray: '6 4',
    strokeWidth: 2,
    '@media (forced-colors: active)': { stroke: 'CanvasText' },
  },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '12px', '@media (forced-colors: active)': { fill: 'CanvasText' } },
  muted: { fill: tokens.colorNeutralForeground2, fontSize: '11px', fontStyle: 'italic', '@media (forced-colors: active)': { fill: 'CanvasText' } },
});

/**
 * The bar chart for the eye (hidden from screen readers, which have the words and the table): one bar per academic
 * year with a figure; a withheld figure is a labelled gap, never a bar.
 */
export function TrendChart(props: { trend: Trend }): ReactNode {
  const styles = useStyles();
  const { trend } = props;
  const shown = trend.points.map((p) => p.figure.value ?? 0);
  const max = Math.max(trend.unit === 'percent' ? 10 : 1, ...shown, trend.target ?? 0) * 1.1;
  const y = (v: number): number => TOP + PLOT - (v / max) * PLOT;
  const slot = W / Math.max(trend.points.length, 1);
  const barWidth = Math.min(56, slot * 0.6);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line className={styles.axis} x1={0} x2={W} y1={TOP + PLOT} y2={TOP + PLOT} />
      {trend.points.map((p, i) => {
        const cx = slot * i + slot / 2;
        const v = p.figure.value;
        return (
          <g key={p.academicYear}>
            {v === null ? null : <rect className={styles.bar} x={cx - barWidth / 2} y={y(v)} width={barWidth} height={TOP + PLOT - y(v)} />}
            <text className={v === null ? styles.muted : styles.label} x={cx} y={v === null ? TOP + PLOT - 4 : y(v) - 4} textAnchor="middle">
              {p.figure.text}
            </text>
            <text className={styles.label} x={cx} y={H - 6} textAnchor="middle">
              {p.academicYear}
            </text>
          </g>
        );
      })}
      {trend.target !== undefined ? (
        <>
          <line className={styles.target} x1={0} x2={W} y1={y(trend.target)} y2={y(trend.target)} />
          {/* The key in the top margin, clear of the bars' own figures (a label on the line met the bar nearest the target). */}
          <line className={styles.target} x1={0} x2={22} y1={8} y2={8} />
          <text className={styles.label} x={28} y={12}>
            target {trend.targetText}
          </text>
        </>
      ) : null}
    </svg>
  );
}
