import { daysBetween, formatDate, isIsoDate } from '../validation/dates';
import { academicYearOf, startYearOf } from '../academic-year';
import { actionPeriodEnd } from './periods';
import type { PlanAction, StrategicPlan } from './types';

export interface OverdueAction {
  readonly action: PlanAction;
  /** The date it should have been complete by (yyyy-mm-dd). */
  readonly due: string;
  /** 'end-point' when the action's own end point has passed; 'period-ended' when it has none and its half term is over. */
  readonly reason: 'end-point' | 'period-ended';
  readonly daysOverdue: number;
  readonly message: string;
}

export interface OverdueOptions {
  /**
   * The September the plan's academic year began, for actions that carry no year of their own. Without it (and
   * without the action's own year) the academic year containing `today` is assumed.
   */
  readonly academicYearStart?: number;
}

/**
 * Actions not completed whose end point is before `today` (yyyy-mm-dd). On the end point itself an action is not
 * yet overdue; the day after, it is. An action with no end point (or one that is not a date) is overdue once its
 * action period has certainly ended (see `actionPeriodEnd`). Most overdue first, then plan order.
 */
export function overdueActions(plan: StrategicPlan, today: string, options: OverdueOptions = {}): OverdueAction[] {
  const fallbackStart = options.academicYearStart ?? startYearOf(academicYearOf(today));
  const out: OverdueAction[] = [];
  for (const action of plan.actions) {
    if (action.completed) continue;
    const { due, ownDate } = dueDate(action, fallbackStart);
    const daysOverdue = daysBetween(due, today);
    if (daysOverdue <= 0) continue;
    const late = `Overdue by ${daysOverdue} ${daysOverdue === 1 ? 'day' : 'days'}`;
    out.push({
      action,
      due,
      reason: ownDate ? 'end-point' : 'period-ended',
      daysOverdue,
      message: ownDate
        ? `${late}: the end point was ${formatDate(due)}.`
        : `${late}: ${action.period} ended by ${formatDate(due)} and no end point is set.`,
    });
  }
  // Array.prototype.sort is stable, so equal lateness keeps plan order.
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/**
 * When an action is due: its own end point when that is a date, otherwise the end of its action period. A half
 * term is judged within the action's own academic year (last year's Summer 2 ended last July); `fallbackStart` is
 * the September to use for an action that carries no year.
 */
export function dueDate(
  action: Pick<PlanAction, 'endPoint' | 'period' | 'academicYear'>,
  fallbackStart: number,
): { due: string; ownDate: boolean } {
  const ownDate = action.endPoint !== undefined && isIsoDate(action.endPoint);
  const startYear = action.academicYear ? startYearOf(action.academicYear) : fallbackStart;
  return { due: ownDate ? action.endPoint! : actionPeriodEnd(action.period, startYear), ownDate };
}
