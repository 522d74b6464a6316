import { inEducationOrWork, type ImpactMeasure, measureKey, measureName } from './measures';
import { cohortsRecorded, standardMeasures } from './trends';
import type { ImpactData } from './types';

/** One figure a plan objective's key metric can follow. */
export interface MetricChoice {
  readonly key: string;
  readonly name: string;
  readonly measure: ImpactMeasure;
}

export interface MetricChoiceGroup {
  /** "Destinations", "Learner perception", "Risk of NEET", "Stakeholder voice". */
  readonly label: string;
  readonly choices: readonly MetricChoice[];
}

const groups: readonly { readonly label: string; readonly kinds: readonly ImpactMeasure['kind'][] }[] = [
  { label: 'Destinations', kinds: ['destinations'] },
  { label: 'Learner perception', kinds: ['perception', 'responses'] },
  { label: 'Risk of NEET', kinds: ['neet-risk'] },
  { label: 'Stakeholder voice', kinds: ['voice'] },
];

/**
 * The figures a plan objective's key metric can point at, by kind of evidence: every measure worth following in what
 * is recorded, each leaver cohort's share going into education, an apprenticeship or employment, and the figure
 * already chosen (even when nothing is recorded for it yet), each once.
 */
export function metricChoices(data: ImpactData, chosen?: ImpactMeasure): MetricChoiceGroup[] {
  const inWork = cohortsRecorded(data).map((cohort): ImpactMeasure => ({ kind: 'destinations', cohort, destinations: inEducationOrWork }));
  const measures = [...inWork, ...standardMeasures(data), ...(chosen ? [chosen] : [])];
  const unique = [...new Map(measures.map((m) => [measureKey(m), m])).values()];
  return groups
    .map((g) => ({
      label: g.label,
      choices: unique.filter((m) => g.kinds.includes(m.kind)).map((measure) => ({ key: measureKey(measure), name: measureName(measure), measure })),
    }))
    .filter((g) => g.choices.length > 0);
}
