import { Caption1, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ColumnNumber, MaturityModel } from '../../../domain/catalogue/types';
import { themeDistribution } from '../../../domain/review/distribution';
import { bestFitsByRow } from '../../../domain/review/indexes';
import type { AgreedBestFit } from '../../../domain/review/types';
import { benchmarksOf, COLUMNS, columnName, themeName } from '../parts/names';
import { changeParts } from './change-text';
import { useHeatMapStyles as useStyles } from './heat-map-styles';
import type { PreviousReview } from './previous';

/**
 * The agreed columns as a heat map: one table per theme, a row per maturity row, the best fit's cell shaded
 * and labelled in words, and the change since the previous review. Themes start new pages when printed.
 */
export function HeatMap(props: {
  model: MaturityModel;
  bestFits: readonly AgreedBestFit[];
  previous: PreviousReview;
}): ReactNode {
  const styles = useStyles();
  const comparison = props.previous.kind === 'compared' ? props.previous.comparison : undefined;
  const previousDate = props.previous.kind === 'compared' ? props.previous.date : undefined;
  const agreed = bestFitsByRow(props.bestFits);
  const distribution = themeDistribution(props.model, props.bestFits);
  const shade: Record<ColumnNumber, string> = { 1: styles.c1, 2: styles.c2, 3: styles.c3, 4: styles.c4 };
  return props.model.themes.map((theme, i) => {
    const counts = distribution[i]!;
    return (
      <section key={theme.id} className={mergeClasses(styles.theme, i === 0 && styles.first)}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            <span className={styles.captionTitle}>{themeName(theme)}</span>
            <Caption1>
              {benchmarksOf(theme)}. Agreed: {COLUMNS.map((c) => `${counts.counts[c]} at ${c}`).join(', ')}
              {counts.notAgreed ? `, ${counts.notAgreed} not agreed yet` : ''}.
            </Caption1>
          </caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.cell, styles.colHeader, styles.rowHeader)}>
                Maturity row
              </th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className={mergeClasses(styles.cell, styles.colHeader)}>
                  {columnName(c)}
                </th>
              ))}
              {comparison ? (
                <th scope="col" className={mergeClasses(styles.cell, styles.colHeader, styles.change)}>
                  Since {previousDate}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {theme.rows.map((row) => {
              const fit = agreed.get(row.id);
              const change = comparison?.rows.find((r) => r.row.id === row.id);
              const parts = change ? changeParts(change) : undefined;
              return (
                <tr key={row.id}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
                    {row.id} {row.title}
                  </th>
                  {COLUMNS.map((c) => (
                    <td key={c} className={mergeClasses(styles.cell, fit?.column === c && shade[c], fit?.column === c && styles.fit)}>
                      {fit?.column === c ? 'Best fit' : ''}
                    </td>
                  ))}
                  {parts ? (
                    <td className={mergeClasses(styles.cell, styles.change)}>
                      <span aria-hidden="true">{parts.arrow} </span>
                      {parts.words}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    );
  });
}
