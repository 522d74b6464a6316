import { portContext } from '../../common/port-context';
import type { ReviewData } from './adapter';

// Apart from the query hooks, so the tab's entry can give the port without bringing TanStack Query and the
// review's data code into the first scripts the page names (they come with the review's chunk).
/** Given by the composition root (`src/app/tab`); `adapter.ts` builds it over `src/data/reviews`. */
const reviews = portContext<ReviewData>('The review port');

export const ProvideReviewData = reviews.Provide;
export const useReviewData = reviews.usePort;
