import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { type AcademicYear, academicYearBounds } from '../../domain/academic-year';
import { formatDate } from '../../domain/validation/dates';

const useStyles = makeStyles({
  year: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** "The plan for" the year on screen, its picker, and how a year gone by is judged. */
export function PlanYearHeading(props: { year: AcademicYear; past: boolean; picker: ReactNode }): ReactNode {
  const styles = useStyles();
  const { year } = props;
  return (
    <section className={styles.year} aria-labelledby="plan-year">
      <Subtitle1 as="h2" id="plan-year">
        The plan for {year}
      </Subtitle1>
      {props.picker}
      <Body1 as="p">
        The priorities and actions below are the plan for {year}; the visions above stay the same from year to year.
        {props.past ? ` ${year} ended on ${formatDate(academicYearBounds(year).end)}, so an action still open then is judged overdue as at that day.` : ''}
      </Body1>
    </section>
  );
}
