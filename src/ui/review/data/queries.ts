import { portContext } from '../../common/port-context';
import type { ReviewData } from './port';

const reviews = portContext<ReviewData>('The review port');
/** Given by the composition root (`src/app/tab`). */
export const ProvideReviewData = reviews.Provide;
export const useReviewData = reviews.usePort;
