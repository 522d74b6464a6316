import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AcademicYear } from '../../domain/academic-year';
import { findRow } from '../../domain/catalogue';
import type { MaturityModel } from '../../domain/catalogue/types';
import type { AgreedBestFit, Review } from '../../domain/review/types';
import { formatDate } from '../../domain/validation/dates';
import { type CreatedFromNextStep, NextStepActionButton } from './next-step-action';
import { CappedText } from '../common/capped-text';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', flex: '1 1 20em' },
  row: { fontWeight: tokens.fontWeightSemibold },
});

/** Next steps the latest review agreed that no action takes forward yet, each one click from the action plan. */
export function NextStepsSection(props: {
  review: Review;
  /** The academic year of the plan on screen, which new actions join. */
  year: AcademicYear;
  waiting: readonly AgreedBestFit[];
  model: MaturityModel;
  canEdit: boolean;
  onCreated: (created: CreatedFromNextStep) => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="plan-next-steps">
      <Subtitle1 as="h2" id="plan-next-steps">
        Agreed next steps without an action
      </Subtitle1>
      <Body1 as="p">
        From {props.review.title} ({formatDate(props.review.date)}).{' '}
        {props.waiting.length === 0 ? 'Every agreed next step has an action in the plan.' : ''}
      </Body1>
      <ul className={styles.list}>
        {props.waiting.map((fit) => {
          const row = findRow(props.model, fit.rowId);
          return (
            <li key={fit.rowId} className={styles.item}>
              <p className={styles.text}>
                <span className={styles.row}>{`${fit.rowId} ${row?.title ?? ''}`}</span>
                <br />
                <CappedText text={fit.nextSteps} />
              </p>
              {props.canEdit && row ? <NextStepActionButton bestFit={fit} row={row} year={props.year} onCreated={props.onCreated} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
