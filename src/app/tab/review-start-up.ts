import type { ModelVariant } from '../../domain/catalogue/types';
import type { HostFrame } from '../../host/host-types';
import type { ReviewData } from '../../ui/review/data/adapter';
import type { ReviewWatcher } from '../../ui/review/data/port';
import { currentReview, previousReviewOf } from '../../ui/review/review-order';
import { defaultSection, isSection, type Section } from '../../ui/review/sections';

/** What the address and the host say the tab opens on. */
export interface ReviewOpening {
  readonly reviewId: string | null;
  readonly section: string | null;
  readonly frame: HostFrame;
}

/**
 * The review's port with its first reads already under way, so a person waits for three Graph round trips one
 * after another, not seven: issued the moment the site's lists are known, the reviews, the institution and the
 * start of the review lists' watch travel with the schema check; once they are in, the open review and — when it
 * opens on its snapshot, which compares with it — the review before it travel together, and `onSection` is told
 * which section opens, and on which model, so its code and its rows' text are fetched meanwhile. Each early read is
 * served once, to the first view that asks for it; later calls read afresh.
 */
export function withStartUpReads(
  data: ReviewData,
  opening: ReviewOpening,
  onSection: (section: Section, variant: ModelVariant) => void = () => undefined,
): ReviewData {
  const early = new Map<string, Promise<unknown>>();
  const keep = <T>(key: string, read: Promise<T>): Promise<T> => {
    // A read nobody takes (the site needed an upgrade first) must not report an unhandled rejection.
    read.catch(() => undefined);
    early.set(key, read);
    return read;
  };
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    const kept = early.get(key) as Promise<T> | undefined;
    early.delete(key);
    return kept ?? read();
  };

  const reviews = keep('reviews', data.listReviews());
  keep('institution', data.institution());
  const watcher = data.watchReviews();
  const started = keep('watch', watcher.start());
  // The open review is read only after the watch has started, so no change falls between the two.
  Promise.all([reviews, started]).then(
    ([all]) => {
      const opened = reviewsOpened(all, opening);
      for (const id of opened?.reviewIds ?? []) keep(`review:${id}`, data.loadReview(id));
      if (opened) onSection(opened.section, opened.variant);
    },
    () => undefined,
  );
  let startedWatcher: ReviewWatcher | undefined = { start: () => once('watch', () => watcher.start()), poll: () => watcher.poll() };

  return {
    ...data,
    listReviews: () => once('reviews', () => data.listReviews()),
    institution: () => once('institution', () => data.institution()),
    loadReview: (reviewId) => once(`review:${reviewId}`, () => data.loadReview(reviewId)),
    watchReviews: () => {
      const next = startedWatcher ?? data.watchReviews();
      startedWatcher = undefined;
      return next;
    },
  };
}

/** The review the area opens (as `ReviewArea` chooses it), on which section, and the one its snapshot compares with. */
function reviewsOpened(
  all: Awaited<ReturnType<ReviewData['listReviews']>>,
  opening: ReviewOpening,
): { reviewIds: string[]; section: Section; variant: ModelVariant } | undefined {
  if (opening.section === 'start') return undefined;
  const open = all.find((r) => r.value.id === opening.reviewId) ?? currentReview(all);
  if (!open) return undefined;
  const section = isSection(opening.section) ? opening.section : defaultSection(open.value, opening.frame);
  const previous = section === 'snapshot' ? previousReviewOf(open.value, all) : undefined;
  return { reviewIds: [open.value.id, ...(previous ? [previous.value.id] : [])], section, variant: open.value.variant };
}
