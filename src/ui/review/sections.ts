import type { Review } from '../../domain/review/types';
import type { HostFrame } from '../../host/host-types';

/** The parts of an open review, plus the form that starts a new one. */
export type Section = 'reflect' | 'meeting' | 'snapshot' | 'history';

/**
 * The sections in order. `showsRowText`: the section shows maturity rows in full (column descriptors, the purpose of
 * the row), so the model's row text is fetched with its code; the snapshot and the history need only the outline.
 */
export const sections: readonly { id: Section; name: string; showsRowText: boolean }[] = [
  { id: 'reflect', name: 'Reflect', showsRowText: true },
  { id: 'meeting', name: 'Meeting', showsRowText: true },
  { id: 'snapshot', name: 'Snapshot', showsRowText: false },
  { id: 'history', name: 'History', showsRowText: false },
];

export const isSection = (s: string | null): s is Section => sections.some((x) => x.id === s);

/** Where a review opens: the meeting in the side panel, else what its status calls for. */
export function defaultSection(review: Review | undefined, frame: HostFrame): Section {
  if (frame === 'sidePanel') return 'meeting';
  if (!review || review.status === 'preparing') return 'reflect';
  return review.status === 'meeting' ? 'meeting' : 'snapshot';
}
