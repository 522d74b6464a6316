import { type ComponentType, createContext, createElement, type ReactNode, Suspense, useContext } from 'react';

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
