import { describe, expect, it } from 'vitest';

import type { ImportDecision } from '../../../../src/domain/import';
import { decided, NO_AGREEMENTS } from '../../../../src/ui/common/import-agreements';

const range: ImportDecision = { kind: 'split-range', row: 6, question: 'Row 6?', agreed: false };
const category: ImportDecision = { kind: 'new-category', name: 'Careers fair', rows: [8, 9], question: '“Careers fair”?', agreed: false };

describe('the agreements behind an import preview’s ticks', () => {
  it('records a tick once and takes it back on untick, each kind by its own key', () => {
    const ticked = decided(decided(decided(NO_AGREEMENTS, range, true), range, true), category, true);
    expect(ticked).toEqual({ splitRanges: [6], newCategories: ['Careers fair'] });
    expect(decided(ticked, range, false)).toEqual({ splitRanges: [], newCategories: ['Careers fair'] });
    expect(decided(ticked, category, false)).toEqual({ splitRanges: [6], newCategories: [] });
  });
});
