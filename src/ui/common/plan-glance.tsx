import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, tokens } from '@fluentui/react-components';
import { ClockRegular } from '@fluentui/react-icons';
import { type ReactNode, useId } from 'react';

import type { OverdueAction } from '../../domain/plan/overdue';
import type { PriorityCountAdvice } from '../../domain/plan/priorities';
import type { PlanRollup } from '../../domain/plan/rag';
import { CappedText } from './capped-text';
import { PriorityRagTable } from './priority-rag-table';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  overdue: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  clock: { verticalAlign: 'middle', marginRight: tokens.spacingHorizontalXS },
});

/** Overdue actions and the RAG roll-up per priority: what a reader needs before anything else. */
export function PlanGlance(props: {
  rollup: PlanRollup;
  overdue: readonly OverdueAction[];
  advice: PriorityCountAdvice;
  headingLevel?: 'h2' | 'h3';
}): ReactNode {
  const styles = useStyles();
  const Heading = props.headingLevel ?? 'h2';
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as={Heading} id={headingId}>
        At a glance
      </Subtitle1>
      {props.overdue.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {props.overdue.length === 1 ? '1 action is overdue' : `${props.overdue.length} actions are overdue`}
            </MessageBarTitle>
            <ul className={styles.overdue}>
              {props.overdue.map((o) => (
                <li key={o.action.id}>
                  <ClockRegular aria-hidden className={styles.clock} />
                  <CappedText text={o.action.action} /> ({o.action.lead}). {o.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Body1 as="p">No action is overdue.</Body1>
      )}
      {props.advice.message ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{props.advice.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <PriorityRagTable rollup={props.rollup} />
    </section>
  );
}
