import type { StageId } from '../catalogue/types';
import type { Activity, Audience, ProvisionMap } from '../provision-map/types';
import { maxOutcomesPerStage } from '../catalogue/provision';
import { benchmarkChoices, categoryChoices, outcomeChoices, stageChoices, termChoices, yearGroupChoices } from './choices';
import type { ValidationContext } from './context';
import { Fields, pickAt } from './fields';
import type { ValidationResult } from './result';
import { readAcademicYear } from './academic-year';

/** An activity placed on the provision map. */
export function validateActivity(input: unknown, ctx: ValidationContext): ValidationResult<Activity> {
  const f = new Fields(input);
  const id = f.text('id', 'Activity id', { required: true });
  const stage = f.oneOf('stage', 'Stage', stageChoices);
  const yearGroup = f.oneOf('yearGroup', 'Year group', yearGroupChoices(ctx.yearGroups));
  const title = f.text('title', 'Title', { required: true });
  const categoryList = categoryChoices(ctx.categories);
  const categories = f.list('categories', 'Categories', (v, path) => pickAt(f, v, path, 'Category', categoryList), {
    min: 1,
    minMessage: 'Choose at least one category (use Other if none fits).',
  });
  const learningOutcomes = f.list('learningOutcomes', 'Learning outcomes', (v, path) =>
    pickAt(f, v, path, 'Learning outcome', outcomeChoices(ctx.ownOutcomes)),
  );
  const benchmarks = f.list('benchmarks', 'Benchmarks', (v, path) => pickAt(f, v, path, 'Benchmark', benchmarkChoices));
  const audience = readAudience(f);
  const term = f.oneOf('term', 'Term', termChoices, { required: false });
  const parentsAndCarers = f.boolean('parentsAndCarers', 'Parents and carers take part', { default: false });
  const provider = f.text('provider', 'Provider');
  const evidenceLink = f.url('evidenceLink', 'Evidence link');
  const academicYear = readAcademicYear(f);
  const toConfirm = f.boolean('toConfirm', 'To confirm', { default: false });
  return f.result(() => ({
    id: id!,
    stage: stage!,
    yearGroup: yearGroup!,
    title: title!,
    categories,
    learningOutcomes,
    benchmarks,
    audience: audience!,
    ...(term !== undefined ? { term } : {}),
    parentsAndCarers: parentsAndCarers!,
    ...(provider !== undefined ? { provider } : {}),
    ...(evidenceLink !== undefined ? { evidenceLink } : {}),
    ...(academicYear ? { academicYear } : {}),
    ...(toConfirm ? { toConfirm } : {}),
  }));
}

function readAudience(f: Fields): Audience | undefined {
  const raw = f.raw('audience');
  if (raw === undefined || raw === null) return { kind: 'universal' };
  const a = f.nested('audience');
  const kind = a.oneOf('kind', 'Audience', [
    { value: 'universal', name: 'every learner in the year group' },
    { value: 'targeted', name: 'a targeted group' },
  ] as const);
  if (kind === 'targeted') {
    const group = a.text('group', 'Targeted group', { required: true });
    return group === undefined ? undefined : { kind, group };
  }
  return kind === undefined ? undefined : { kind };
}

/** The learning outcomes chosen for each stage: known outcomes, at most five per stage (seed 000, Appendix 1). */
export function validateStageOutcomes(
  input: unknown,
  ctx: ValidationContext,
): ValidationResult<ProvisionMap['stageOutcomes']> {
  const f = new Fields(input);
  const out = {} as Record<StageId, string[]>;
  for (const stage of stageChoices) {
    out[stage.value] = f.list(stage.value, `${stage.name} learning outcomes`, (v, path) =>
      pickAt(f, v, path, 'Learning outcome', outcomeChoices(ctx.ownOutcomes)),
    );
    if (out[stage.value].length > maxOutcomesPerStage) {
      const count = out[stage.value].length;
      f.fail(stage.value, `${stage.name} can have up to ${maxOutcomesPerStage} learning outcomes (it has ${count}).`);
    }
  }
  return f.result(() => out);
}
