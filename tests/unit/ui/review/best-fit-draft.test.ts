import { describe, expect, it } from 'vitest';

import type { AgreedBestFit } from '../../../../src/domain/review/types';
import { bestFitFromDraft, combineDrafts, emptyDraft, joinTexts } from '../../../../src/ui/review/meet/best-fit-draft';

const fit = (over: Partial<AgreedBestFit>): AgreedBestFit => ({
  reviewId: 'r',
  rowId: '1.1',
  column: 2,
  evidence: '',
  evidenceLinks: [],
  nextSteps: '',
  agreedBy: ['a@x.org'],
  agreedAt: '2026-11-11T10:00:00.000Z',
  ...over,
});

describe('combining two versions of a best fit', () => {
  it('keeps both texts, both sets of links and everyone who agreed, with this person’s column', () => {
    const theirs = fit({ column: 2, evidence: 'Theirs.', nextSteps: 'Do A.', evidenceLinks: ['https://a.org/1'], agreedBy: ['a@x.org'] });
    const mine = fit({ column: 3, evidence: 'Mine.', nextSteps: 'Do B.', evidenceLinks: ['https://a.org/1', 'https://b.org/2'], agreedBy: ['b@x.org'] });
    expect(combineDrafts(theirs, mine)).toEqual({
      column: 3,
      evidence: 'Theirs.\n\nMine.',
      links: 'https://a.org/1\nhttps://b.org/2',
      nextSteps: 'Do A.\n\nDo B.',
      agreedBy: ['a@x.org', 'b@x.org'],
    });
  });

  it('does not repeat text that one version already holds', () => {
    expect(joinTexts('Same.', 'Same.')).toBe('Same.');
    expect(joinTexts('Short.', 'Short. And more.')).toBe('Short. And more.');
    expect(joinTexts('', 'Mine.')).toBe('Mine.');
    expect(joinTexts('Theirs.', '  ')).toBe('Theirs.');
  });

  it('after a deletion, combining is simply this person’s version', () => {
    const mine = fit({ evidence: 'Mine.' });
    expect(combineDrafts(null, mine).evidence).toBe('Mine.');
  });
});

describe('the meeting form', () => {
  it('starts with nothing chosen and everyone on the panel ticked', () => {
    expect(emptyDraft([{ id: 'a', displayName: 'A' }, { id: 'b', displayName: 'B' }])).toEqual({
      column: undefined,
      evidence: '',
      links: '',
      nextSteps: '',
      agreedBy: ['a', 'b'],
    });
  });

  it('puts the domain rules’ messages beside the fields they concern', () => {
    const result = bestFitFromDraft(
      { column: undefined, evidence: '', links: 'not a link\nhttps://ok.org', nextSteps: '', agreedBy: [] },
      { reviewId: 'r', rowId: '1.1', now: new Date('2026-11-11T10:00:00Z') },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.column).toMatch(/Choose the agreed column/);
    expect(result.errors.links).toMatch(/must be a web address/);
    expect(result.errors.agreedBy).toMatch(/Record who agreed/);
  });

  it('builds the best fit with the time it was agreed and links one per line', () => {
    const result = bestFitFromDraft(
      { column: 3, evidence: ' Evidence ', links: ' https://a.org \n\n', nextSteps: 'Next', agreedBy: ['a'] },
      { reviewId: 'r', rowId: '2.3', now: new Date('2026-11-11T10:00:00Z') },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        reviewId: 'r',
        rowId: '2.3',
        column: 3,
        evidence: 'Evidence',
        evidenceLinks: ['https://a.org'],
        nextSteps: 'Next',
        agreedBy: ['a'],
        agreedAt: '2026-11-11T10:00:00.000Z',
      },
    });
  });
});
