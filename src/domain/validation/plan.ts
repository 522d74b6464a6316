import { readKeyMetricRef } from '../impact/validate-metric';
import type { Objective, PlanAction, Priority } from '../plan/types';
import { periodChoices, ragChoices } from './choices';
import type { ValidationContext } from './context';
import { Fields, pickAt, textAt, type Choice } from './fields';
import type { ValidationResult } from './result';
import { readAcademicYear } from './academic-year';

const idChoices = (ids: readonly string[]): Choice<string>[] => ids.map((id) => ({ value: id, name: id }));

function readRows(f: Fields, ctx: Pick<ValidationContext, 'rowIds'>): string[] {
  return f.list('maturityRows', 'Maturity rows', (v, path) =>
    ctx.rowIds ? pickAt(f, v, path, 'Maturity row', idChoices(ctx.rowIds)) : textAt(f, v, path, 'Maturity row'),
  );
}

function readObjective(f: Fields): Objective | undefined {
  const id = f.text('id', 'Objective id', { required: true });
  const statement = f.text('statement', 'SMART statement', { required: true, multiLine: true });
  const outcome = f.note('outcome', 'What success would look like');
  const dueDate = f.date('dueDate', 'Completed by');
  const keyMetric = f.text('keyMetric', 'Key metric');
  const keyMetricRef = readKeyMetricRef(f);
  if (id === undefined || statement === undefined) return undefined;
  return {
    id,
    statement,
    outcome,
    ...(dueDate !== undefined ? { dueDate } : {}),
    ...(keyMetric !== undefined ? { keyMetric } : {}),
    ...(keyMetricRef !== undefined ? { keyMetricRef } : {}),
  };
}

/** A SMART objective. Only the statement is required to save; `objectiveCompleteness` says what is still to add. */
export function validateObjective(input: unknown): ValidationResult<Objective> {
  const f = new Fields(input);
  const objective = readObjective(f);
  return f.result(() => objective!);
}

/** A strategic priority ("What is the problem you are trying to solve?") with its objectives. */
export function validatePriority(input: unknown, ctx: Pick<ValidationContext, 'rowIds'> = {}): ValidationResult<Priority> {
  const f = new Fields(input);
  const id = f.text('id', 'Priority id', { required: true });
  const title = f.text('title', 'Priority', { required: true });
  const problem = f.note('problem', 'The problem you are trying to solve');
  const maturityRows = readRows(f, ctx);
  const raw = f.raw('objectives');
  const objectives: Objective[] = [];
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) f.fail('objectives', 'Objectives must be a list.');
  (Array.isArray(raw) ? raw : []).forEach((item, i) => {
    const o = readObjective(f.item(item, `${f.at('objectives')}[${i}]`));
    if (o) objectives.push(o);
  });
  const ids = objectives.map((o) => o.id);
  ids.forEach((oid, i) => {
    if (ids.indexOf(oid) !== i) f.failAt(`objectives[${i}].id`, 'Two objectives have the same id.');
  });
  const academicYear = readAcademicYear(f);
  return f.result(() => ({ id: id!, title: title!, problem, maturityRows, objectives, ...(academicYear ? { academicYear } : {}) }));
}

/** One action of the action plan. */
export function validatePlanAction(
  input: unknown,
  ctx: Pick<ValidationContext, 'rowIds'> & { readonly priorityIds?: readonly string[] } = {},
): ValidationResult<PlanAction> {
  const f = new Fields(input);
  const id = f.text('id', 'Action id', { required: true });
  const priorityId = ctx.priorityIds
    ? f.oneOf('priorityId', 'Priority', idChoices(ctx.priorityIds))
    : f.text('priorityId', 'Priority', { required: true });
  const objectiveId = f.text('objectiveId', 'Objective');
  const action = f.text('action', 'Action', { required: true, multiLine: true });
  const lead = f.text('lead', 'Lead', { required: true });
  const period = f.oneOf('period', 'Action period', periodChoices);
  const progress = f.note('progress', 'Progress');
  const endPoint = f.date('endPoint', 'End point');
  const impactEvidence = f.note('impactEvidence', 'Impact and evidence');
  const rag = f.oneOf('rag', 'RAG status', ragChoices);
  const evidenceList = f.list('evidenceList', 'Evidence list', (v, path) => textAt(f, v, path, 'Evidence'));
  const maturityRows = readRows(f, ctx);
  const fromReview = readFromReview(f);
  const completed = f.boolean('completed', 'Completed', { default: false });
  const academicYear = readAcademicYear(f);
  const carriedFrom = f.text('carriedFrom', 'Carried forward from');
  return f.result(() => ({
    id: id!,
    priorityId: priorityId!,
    ...(objectiveId !== undefined ? { objectiveId } : {}),
    action: action!,
    lead: lead!,
    period: period!,
    progress,
    ...(endPoint !== undefined ? { endPoint } : {}),
    impactEvidence,
    rag: rag!,
    evidenceList,
    maturityRows,
    ...(fromReview ? { fromReview } : {}),
    completed: completed!,
    ...(academicYear ? { academicYear } : {}),
    ...(carriedFrom ? { carriedFrom } : {}),
  }));
}

function readFromReview(f: Fields): PlanAction['fromReview'] {
  const raw = f.raw('fromReview');
  if (raw === undefined || raw === null) return undefined;
  const r = f.nested('fromReview');
  const reviewId = r.text('reviewId', 'Review', { required: true });
  const rowId = r.text('rowId', 'Maturity row', { required: true });
  return reviewId !== undefined && rowId !== undefined ? { reviewId, rowId } : undefined;
}
