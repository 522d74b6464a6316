import type { Review } from '../../domain/review/types';
import type { HostFrame } from '../../host/host-types';

/** The parts of an open review, plus the form that starts a new one. */
export type Section = 'reflect' | 'meeting' | 'snapshot' | 'history';

export const sections: readonly { id: Section; name: string }[] = [
  { id: 'reflect', name: 'Reflect' },
  { id: 'meeting', name: 'Meeting' },
  { id: 'snapshot', name: 'Snapshot' },
  { id: 'history', name: 'History' },
];

export const isSection = (s: string | null): s is Section => sections.some((x) => x.id === s);

/** Where a review opens: the meeting in the side panel, else what its status calls for. */
export function defaultSection(review: Review | undefined, frame: HostFrame): Section {
  if (frame === 'sidePanel') return 'meeting';
  if (!review || review.status === 'preparing') return 'reflect';
  return review.status === 'meeting' ? 'meeting' : 'snapshot';
}
