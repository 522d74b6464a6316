import type { MaturityModel } from '../catalogue/types';
import { bestFitsByRow } from './indexes';
import { rowsWithThemes } from './model-rows';
import type { AgreedBestFit, Review, ReviewAgreement, ReviewStatus } from './types';

export type TransitionCheck = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * A review moves preparing → meeting → agreed. The meeting may go back to preparing (for example when it is
 * postponed and people need more time to reflect). An agreed review is the record compared over time, so it is
 * reopened (back to the meeting) only by `reopenReview`, by an editor with a reason that is kept.
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
      reason: 'This review has been agreed and is kept as a record. An editor can reopen it, giving a reason; or start a new review to record what has changed.',
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

export type ReviewChange = { readonly ok: true; readonly value: Review } | { readonly ok: false; readonly reason: string };

/**
 * Marks the review agreed, recording who agreed it and the real time (`at`, an ISO date-time), kept apart from
 * the meeting's date. Refused, with the reason, where `checkReviewTransition` refuses.
 */
export function agreeReview(
  review: Review,
  agreement: ReviewAgreement,
  model: MaturityModel,
  bestFits: readonly AgreedBestFit[],
): ReviewChange {
  const check = checkReviewTransition(review, 'agreed', model, bestFits);
  if (!check.allowed) return { ok: false, reason: check.reason };
  if (agreement.by.trim() === '') return { ok: false, reason: 'Say who is marking the review as agreed.' };
  return { ok: true, value: { ...review, status: 'agreed', agreement } };
}

/**
 * Reopens an agreed review for the meeting to change it. Only an editor may (the caller knows who can write);
 * the reason is required and kept, with the agreement it undoes, in `reopenings`.
 */
export function reopenReview(
  review: Review,
  reopening: { readonly by: string; readonly at: string; readonly reason: string; readonly canEdit: boolean },
): ReviewChange {
  if (review.status !== 'agreed') return { ok: false, reason: 'Only an agreed review can be reopened.' };
  if (!reopening.canEdit) return { ok: false, reason: 'Only someone who can edit the review can reopen it.' };
  const reason = reopening.reason.trim();
  if (reason === '') return { ok: false, reason: 'Say why the review is being reopened: the reason is kept with the review.' };
  const { agreement, ...rest } = review;
  const record = { by: reopening.by, at: reopening.at, reason, ...(agreement ? { agreement } : {}) };
  return { ok: true, value: { ...rest, status: 'meeting', reopenings: [...(review.reopenings ?? []), record] } };
}
