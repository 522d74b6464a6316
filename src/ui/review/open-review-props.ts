import type { Review } from '../../domain/review/types';
import type { Versioned } from '../../shared/versioned';
import type { Section } from './sections';

/** What the page gives an open review: which one, which section and row, and where to go from it. */
export interface OpenReviewProps {
  review: Versioned<Review>;
  all: readonly Versioned<Review>[];
  section: Section;
  rowId: string | null;
  onRowChange: (rowId: string) => void;
  onSection: (section: Section) => void;
  onOpen: (reviewId: string) => void;
  onStartNew: () => void;
  canEdit: boolean;
}
