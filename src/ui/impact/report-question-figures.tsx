import { type ReactNode, useMemo } from 'react';

import { impactQuestionFigures } from '../../domain/report';
import { ToneLine } from '../common/tone';
import { useImpactQuery } from './data/queries';
import { plainRecords } from './records';

/**
 * Beneath one of the governors' questions on impact in the report: the recorded figures that bear on it, in a line or
 * two, under the small-number rule (list items, for the question's list of evidence). Nothing for other questions.
 */
export function ReportQuestionFigures(props: { question: string; today: string }): ReactNode {
  const loaded = useImpactQuery().data;
  const figures = useMemo(() => (loaded ? impactQuestionFigures(plainRecords(loaded.records), props.today) : undefined), [loaded, props.today]);
  return figures?.get(props.question)?.map((l) => (
    <ToneLine key={l.text} tone={l.tone}>
      {l.text}
    </ToneLine>
  ));
}
