import { maturityModel } from '../catalogue';
import type { InstitutionData } from '../institution-data';
import type { ReportContext } from './context';
import { planProgress } from './plan-progress';
import { provisionSummary } from './provision';
import { benchmarkQuestions, keyQuestions } from './questions';
import { agreedReviews, maturitySnapshot } from './snapshot';
import { strategicEvidence } from '../statutory/strategic';
import { statutorySummary } from './statutory';
import type { GovernorsReport } from './types';

/**
 * The governors' report for `today` (yyyy-mm-dd): the maturity snapshot and change since the last review, the
 * provision map's coverage and PAL per key phase, plan progress, the statutory duties checklist, and the governors'
 * guide's questions (seed 003) with the data that bears on each.
 */
export function governorsReport(data: InstitutionData, today: string): GovernorsReport {
  const ctx = reportContext(data, today);
  return {
    institution: data.institution,
    asOf: today,
    snapshot: ctx.snapshot,
    provision: ctx.provision,
    plan: ctx.planProgress,
    statutory: ctx.statutory,
    keyQuestions: keyQuestions(ctx),
    benchmarkQuestions: benchmarkQuestions(ctx),
  };
}

/** Everything the report draws on, computed once (shared by the on-screen report and the board paper). */
export function reportContext(data: InstitutionData, today: string): ReportContext {
  const model = maturityModel(data.institution.variant);
  const { current, previous } = agreedReviews(data.reviews, model);
  const provision = provisionSummary(data.provisionMap);
  return {
    model,
    reviews: data.reviews,
    ...(current ? { current } : {}),
    ...(previous ? { previous } : {}),
    snapshot: maturitySnapshot(data.reviews, model),
    map: data.provisionMap,
    plan: data.plan,
    provision,
    planProgress: planProgress(data.plan, today, current?.bestFits ?? []),
    statutory: statutorySummary({
      record: data.statutory,
      map: data.provisionMap,
      strategic: strategicEvidence(data.plan, data.reviews.map((r) => r.review)),
      today,
    }),
  };
}
