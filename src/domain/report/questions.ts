import { benchmarks, keyStrategicQuestionGroups } from '../catalogue/benchmarks';
import { benchmarkYearsBearing, outcomesBearing, palBearing, parentsCarersBearing, targetedBearing } from './bearing-map';
import { dutiesBearing, leadsBearing, notRecordedBearing, planBearing, reviewsBearing, visionsBearing } from './bearing-records';
import { rowsBearing } from './bearing-rows';
import type { ReportContext } from './context';
import type { EvidenceSpec } from './evidence-specs';
import { benchmarkQuestionSources, keyQuestionSources } from './question-sources';
import type { Bearing, BenchmarkQuestions, KeyQuestionGroup, ReportQuestion } from './types';

export function bearingFor(spec: EvidenceSpec, ctx: ReportContext): Bearing {
  switch (spec.kind) {
    case 'rows':
      return rowsBearing(spec, ctx);
    case 'benchmark-years':
      return benchmarkYearsBearing(spec.benchmark, ctx);
    case 'duties':
      return dutiesBearing(spec.duties, ctx);
    case 'pal':
      return palBearing(ctx);
    case 'reviews':
      return reviewsBearing(ctx);
    case 'plan':
      return planBearing(ctx);
    case 'visions':
      return visionsBearing(ctx);
    case 'leads':
      return leadsBearing(ctx);
    case 'parents-carers':
      return parentsCarersBearing(ctx);
    case 'outcomes':
      return outcomesBearing(ctx);
    case 'targeted':
      return targetedBearing(ctx);
    case 'not-recorded':
      return notRecordedBearing(spec.text);
  }
}

const question = (text: string, specs: readonly EvidenceSpec[] | undefined, ctx: ReportContext): ReportQuestion => ({
  text,
  bearings: (specs ?? []).map((s) => bearingFor(s, ctx)),
});

/** The key strategic questions, each with the data that bears on it. */
export function keyQuestions(ctx: ReportContext): KeyQuestionGroup[] {
  return keyStrategicQuestionGroups.map((group, g) => ({
    heading: group.heading,
    questions: group.questions.map((text, q) => question(text, keyQuestionSources[g]?.[q], ctx)),
  }));
}

/** Each benchmark's prompt questions, each with the data that bears on it. */
export function benchmarkQuestions(ctx: ReportContext): BenchmarkQuestions[] {
  return benchmarks.map((b) => ({
    benchmark: b.number,
    name: b.name,
    questions: b.promptQuestions.map((text, q) => question(text, benchmarkQuestionSources[b.number][q], ctx)),
  }));
}
