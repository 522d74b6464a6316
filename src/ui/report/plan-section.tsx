import { Body1, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { PlanProgress } from '../../domain/report/types';
import { PlanGlance } from '../common/plan-glance';
import { useReportStyles } from './parts/report-styles';
import { paperSections } from './parts/sections';
import { ToneLine } from '../common/tone';
import { CappedText } from '../common/capped-text';

const { id, title } = paperSections.plan;

/** The strategic careers plan's progress: visions, RAG per priority, what is overdue, next steps not yet taken up. */
export function PlanSection(props: { plan: PlanProgress; hasReview: boolean }): ReactNode {
  const s = useReportStyles();
  const p = props.plan;
  const waiting = p.nextStepsWithoutAction;
  return (
    <section className={s.section} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id} className={s.headingKeep}>
        {title}
      </Subtitle1>
      <div className={s.sub}>
        <Subtitle2 as="h3">Institution vision</Subtitle2>
        <p className={s.text}>{p.institutionVision ? <CappedText text={p.institutionVision} /> : 'Not written yet.'}</p>
        <Subtitle2 as="h3">Careers vision</Subtitle2>
        <p className={s.text}>{p.careersVision ? <CappedText text={p.careersVision} /> : 'Not written yet.'}</p>
      </div>
      <Body1 as="p">
        {p.totals.actions} actions: {p.totals.completed} completed; RAG status {p.totals.red} red, {p.totals.amber} amber, {p.totals.green}{' '}
        green.
      </Body1>
      <PlanGlance rollup={p.rollup} overdue={p.overdue} advice={p.priorityAdvice} headingLevel="h3" />
      {props.hasReview ? (
        <ToneLine as="p" tone={waiting.length ? 'gap' : 'met'}>
          {waiting.length
            ? `${waiting.length} agreed next ${waiting.length === 1 ? 'step' : 'steps'} from the latest review ${waiting.length === 1 ? 'has' : 'have'} no action in the plan yet (rows ${waiting.map((b) => b.rowId).join(', ')}).`
            : 'Every agreed next step from the latest review has an action in the plan.'}
        </ToneLine>
      ) : null}
    </section>
  );
}
