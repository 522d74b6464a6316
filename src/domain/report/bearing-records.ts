import { statutoryItemLabel } from '../catalogue/statutory';
import type { StatutoryItemId } from '../catalogue/types';
import { objectiveCompleteness } from '../plan/smart';
import { plural } from '../provision-map/labels';
import type { ReviewStatus } from '../review/types';
import type { DutyStatus } from '../statutory/types';
import { daysBetween, formatDate } from '../validation/dates';
import type { ReportContext } from './context';
import type { Bearing, BearingLine } from './types';

export const dutyStatusWords: Readonly<Record<DutyStatus, string>> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
};

const reviewStatusWords: Readonly<Record<ReviewStatus, string>> = {
  preparing: 'participants are reflecting beforehand',
  meeting: 'the meeting is under way',
  agreed: 'agreed',
};

/** Duties as recorded: status with who or what is named, then what is missing. */
export function dutiesBearing(ids: readonly StatutoryItemId[], ctx: ReportContext): Bearing {
  const lines: BearingLine[] = [];
  for (const id of ids) {
    const check = ctx.statutory.checks.find((c) => c.duty === id);
    if (!check) continue;
    const name = statutoryItemLabel(id);
    const detail = ctx.statutory.details[id];
    const status = `${name}: ${dutyStatusWords[check.status].toLowerCase()}`;
    lines.push({ text: `${status}${detail ? ` – ${detail}` : ''}.`, brief: `${status}.`, tone: check.status === 'met' ? 'met' : 'gap' });
    for (const missing of check.missing) lines.push({ text: missing, tone: 'gap' });
    for (const note of check.notes) lines.push({ text: note, tone: 'info' });
  }
  return { kind: 'lines', title: 'Statutory responsibilities and recommendations, as recorded', lines };
}

/** The internal leadership reviews agreed, how far apart, and any under way. */
export function reviewsBearing(ctx: ReportContext): Bearing {
  const { current, previous, snapshot } = ctx;
  const lines: BearingLine[] = [];
  if (!current) lines.push({ text: 'No internal leadership review has been agreed yet.', tone: 'gap' });
  else {
    const people = plural(current.review.participants.length, 'participant', 'participants');
    lines.push({ text: `Latest agreed review: ${current.review.title}, ${formatDate(current.review.date)}, ${people}.`, tone: 'met' });
  }
  if (current && previous) {
    const months = Math.round(daysBetween(previous.review.date, current.review.date) / 30.44);
    lines.push({
      text: `The review before it: ${previous.review.title}, ${formatDate(previous.review.date)} (${plural(months, 'month', 'months')} earlier).`,
      tone: 'info',
    });
  }
  if (snapshot.inProgress) {
    const r = snapshot.inProgress;
    lines.push({ text: `${r.title} (${formatDate(r.date)}) is under way: ${reviewStatusWords[r.status]}.`, tone: 'info' });
  }
  return { kind: 'lines', title: 'Internal leadership reviews', lines };
}

/** The strategic careers plan in numbers. */
export function planBearing(ctx: ReportContext): Bearing {
  const { plan, planProgress: p } = ctx;
  const objectives = plan.priorities.flatMap((pr) => pr.objectives);
  const incomplete = objectives.filter((o) => !objectiveCompleteness(o).complete).length;
  const lines: BearingLine[] = [
    {
      text:
        `${plural(plan.priorities.length, 'priority', 'priorities')}, ${plural(objectives.length, 'SMART objective', 'SMART objectives')} ` +
        `and ${plural(p.totals.actions, 'action', 'actions')} (${p.totals.completed} completed).`,
      tone: plan.priorities.length > 0 ? 'info' : 'gap',
    },
  ];
  if (p.priorityAdvice.message) lines.push({ text: p.priorityAdvice.message, tone: 'gap' });
  if (incomplete > 0) {
    lines.push({
      text: `${plural(incomplete, 'objective still lacks', 'objectives still lack')} an outcome, a completion date or a key metric.`,
      tone: 'info',
    });
  }
  lines.push({ text: `RAG status of actions: ${p.totals.red} red, ${p.totals.amber} amber, ${p.totals.green} green.`, tone: 'info' });
  lines.push(
    p.overdue.length > 0
      ? { text: `${plural(p.overdue.length, 'action is', 'actions are')} overdue.`, tone: 'gap' }
      : { text: 'No action is overdue.', tone: 'met' },
  );
  if (ctx.current) {
    const waiting = p.nextStepsWithoutAction;
    lines.push(
      waiting.length > 0
        ? {
            text:
              `${plural(waiting.length, 'agreed next step', 'agreed next steps')} from the latest review ` +
              `${waiting.length === 1 ? 'has' : 'have'} no action in the plan yet (rows ${waiting.map((b) => b.rowId).join(', ')}).`,
            tone: 'gap',
          }
        : { text: 'Every agreed next step from the latest review has an action in the plan.', tone: 'met' },
    );
  }
  return { kind: 'lines', title: 'Strategic careers plan', lines };
}

/** The two visions and the priorities set to realise them. */
export function visionsBearing(ctx: ReportContext): Bearing {
  const { plan } = ctx;
  const vision = (label: string, text: string): BearingLine =>
    text.trim()
      ? { text: `${label}: ${text.trim()}`, brief: `The ${label.toLowerCase()} is written in the plan.`, tone: 'info' }
      : { text: `No ${label.toLowerCase()} is written in the plan yet.`, tone: 'gap' };
  return {
    kind: 'lines',
    title: 'Visions and priorities',
    lines: [
      vision('Institution vision', plan.institutionVision),
      vision('Careers vision', plan.careersVision),
      ...plan.priorities.map((p, i): BearingLine => ({ text: `Priority ${i + 1}: ${p.title}`, tone: 'info' })),
    ],
  };
}

/** Who leads the plan's actions: the staff with defined roles in careers. */
export function leadsBearing(ctx: ReportContext): Bearing {
  const leads = [...new Set(ctx.plan.actions.map((a) => a.lead.trim()).filter((l) => l !== ''))];
  return {
    kind: 'lines',
    title: 'Leads of actions in the plan',
    lines: [leads.length ? { text: leads.join('; '), tone: 'info' } : { text: 'No action in the plan has a lead yet.', tone: 'gap' }],
  };
}

export function notRecordedBearing(text: string): Bearing {
  return { kind: 'lines', title: 'Not recorded in Waypoint', lines: [{ text, tone: 'info' }] };
}
