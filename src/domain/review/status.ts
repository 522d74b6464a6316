import type { MaturityModel } from '../catalogue/types';
import { bestFitsByRow } from './indexes';
import { rowsWithThemes } from './model-rows';
import type { AgreedBestFit, Review, ReviewStatus } from './types';

export type TransitionCheck = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * A review moves preparing → meeting → agreed. The meeting may go back to preparing (for example when it is
 * postponed and people need more time to reflect). An agreed review is a fixed record for comparison over time:
 * it is not reopened; a new review records what has changed.
 */
const allowedMoves: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  preparing: ['meeting'],
  meeting: ['agreed', 'preparing'],
  agreed: [],
};

const statusNames: Readonly<Record<ReviewStatus, string>> = {
  preparing: 'preparing',
  meeting: 'in the meeting',
  agreed: 'agreed',
};

/** Whether `review` may move to `to`, and if not, why not in words the team can act on. */
export function checkReviewTransition(
  review: Review,
  to: ReviewStatus,
  model: MaturityModel,
  bestFits: readonly AgreedBestFit[],
): TransitionCheck {
  const from = review.status;
  if (from === to) return { allowed: false, reason: `This review is already ${statusNames[to]}.` };
  if (from === 'agreed') {
    return {
      allowed: false,
      reason: 'This review has been agreed and is kept as a record. Start a new review to record what has changed.',
    };
  }
  if (!allowedMoves[from].includes(to)) {
    return {
      allowed: false,
      reason: 'A review must go through the meeting before it can be agreed.',
    };
  }
  if (to === 'meeting' && review.participants.length === 0) {
    return { allowed: false, reason: 'Add at least one participant before starting the meeting.' };
  }
  if (to === 'agreed') {
    const agreed = bestFitsByRow(bestFits.filter((b) => b.reviewId === review.id));
    const outstanding = rowsWithThemes(model)
      .map(({ row }) => row.id)
      .filter((id) => !agreed.has(id));
    if (outstanding.length > 0) {
      const listed = outstanding.slice(0, 5).join(', ');
      const more = outstanding.length > 5 ? ` and ${outstanding.length - 5} more` : '';
      const rows = outstanding.length === 1 ? 'row still needs' : 'rows still need';
      return {
        allowed: false,
        reason: `${outstanding.length} ${rows} an agreed best fit: ${listed}${more}.`,
      };
    }
  }
  return { allowed: true };
}
