import { type ComponentType, createContext, createElement, type ReactNode, Suspense, useContext } from 'react';

import type { ImpactMeasure, KeyMetricRef } from '../../domain/impact/measures';

/** A plan objective's key metric as its form holds it: the figure chosen and the target, checked when saved. */
export interface KeyMetricDraft {
  readonly measure: ImpactMeasure;
  /** A number, or text that is not one (for the validator to name). */
  readonly target?: number | string;
}

export interface KeyMetricPickerProps {
  readonly value: KeyMetricDraft | undefined;
  readonly onChange: (value: KeyMetricDraft | undefined) => void;
  readonly error: string | undefined;
}

/**
 * Places where one feature shows a small part of another (features import no features): the composition root
 * (`src/app`) fills them; a view leaves its slot empty when nothing is given (the meeting stage, unit tests).
 */
export interface FeatureSlots {
  /** Beside a maturity row, while reflecting and in the meeting: the impact figures for rows 2.4–2.7. */
  readonly rowEvidence?: ComponentType<{ readonly rowId: string }>;
  /** In the governors' report: the destinations trend. */
  readonly reportImpact?: ComponentType;
  /** In the governors' report, beneath a question on impact: the recorded figures that bear on it, as list items. */
  readonly questionFigures?: ComponentType<{ readonly question: string }>;
  /** In a plan objective's form: the recorded figure its key metric follows, and the target. */
  readonly keyMetricPicker?: ComponentType<KeyMetricPickerProps>;
  /** Under a plan objective: its key metric's figure each year beside the target. */
  readonly objectiveMetric?: ComponentType<{ readonly metric: KeyMetricRef }>;
}

const Slots = createContext<FeatureSlots>({});

export function ProvideFeatureSlots(props: { readonly slots: FeatureSlots; readonly children?: ReactNode }): ReactNode {
  return createElement(Slots.Provider, { value: { ...useContext(Slots), ...props.slots } }, props.children);
}

/** The row's evidence from other features, if any (loaded lazily, so nothing shows until it is there). */
export function RowEvidenceSlot(props: { readonly rowId: string }): ReactNode {
  const Part = useContext(Slots).rowEvidence;
  return Part ? createElement(Suspense, { fallback: null }, createElement(Part, { rowId: props.rowId })) : null;
}

export function ReportImpactSlot(): ReactNode {
  const Part = useContext(Slots).reportImpact;
  return Part ? createElement(Suspense, { fallback: null }, createElement(Part)) : null;
}

export function QuestionFiguresSlot(props: { readonly question: string }): ReactNode {
  const Part = useContext(Slots).questionFigures;
  return Part ? createElement(Suspense, { fallback: null }, createElement(Part, { question: props.question })) : null;
}

export function KeyMetricPickerSlot(props: KeyMetricPickerProps): ReactNode {
  const Part = useContext(Slots).keyMetricPicker;
  return Part ? createElement(Suspense, { fallback: null }, createElement(Part, props)) : null;
}

export function ObjectiveMetricSlot(props: { readonly metric: KeyMetricRef }): ReactNode {
  const Part = useContext(Slots).objectiveMetric;
  return Part ? createElement(Suspense, { fallback: null }, createElement(Part, props)) : null;
}
