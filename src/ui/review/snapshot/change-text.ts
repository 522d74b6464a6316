import type { RowChange, RowComparison } from '../../../domain/review/compare';

/** The arrow people scan for, and the words that carry the meaning (the arrow is never the only signal). */
export function changeParts(c: Pick<RowComparison, 'change' | 'previous'>): { arrow: string; words: string } {
  switch (c.change) {
    case 'up':
      return { arrow: '↑', words: `Up from ${c.previous}` };
    case 'down':
      return { arrow: '↓', words: `Down from ${c.previous}` };
    case 'same':
      return { arrow: '=', words: 'Same' };
    case 'new':
      return { arrow: '+', words: 'New' };
    default:
      return { arrow: '', words: 'Not agreed yet' };
  }
}

export const changeCountNames: Readonly<Record<RowChange, string>> = {
  up: 'up',
  down: 'down',
  same: 'the same',
  new: 'new',
  'not-agreed': 'not agreed yet',
};
