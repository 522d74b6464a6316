import { makeStyles, tokens } from '@fluentui/react-components';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import { QueryGate } from './query-gate';
import { YearPicker } from './year-picker';

const useStyles = makeStyles({
  // A picker has no place on a printed page.
  picker: { maxWidth: '16rem', marginBottom: tokens.spacingVerticalL, '@media print': { display: 'none' } },
});

/**
 * A view of one academic year: the year picker (offering the years that hold data), then the view once its data
 * for that year is read (see QueryGate).
 */
export function YearGate<T>(props: {
  readonly year: AcademicYear;
  readonly onYearChange: (year: AcademicYear) => void;
  /** The years that hold data (a feature's `useYearsWithData`); undefined until they are read. */
  readonly years: readonly AcademicYear[] | undefined;
  readonly query: UseQueryResult<T | null>;
  readonly loading: string;
  readonly failed: string;
  readonly children: (value: T) => ReactNode;
}): ReactNode {
  const styles = useStyles();
  return (
    <>
      <div className={styles.picker}>
        <YearPicker year={props.year} onChange={props.onYearChange} years={props.years} />
      </div>
      <QueryGate query={props.query} loading={props.loading} failed={props.failed}>
        {props.children}
      </QueryGate>
    </>
  );
}
