import { formatDate } from '../../../../src/domain/validation/dates';
import { describe, expect, it } from 'vitest';

import { choiceName, listOfNames } from '../../../../src/ui/review/parts/names';
import { isOlderVersion } from '../../../../src/ui/review/data/review-state';
import { changeParts } from '../../../../src/ui/review/snapshot/change-text';

describe('words on screen', () => {
  it('names columns, dates and lists of people the British way', () => {
    expect(choiceName(3)).toBe('3 Routine and consistent');
    expect(choiceName('not-sure')).toBe('Not sure');
    expect(formatDate('2026-11-11')).toBe('11 November 2026');
    expect(listOfNames(['Ann', 'Ben', 'Cat'])).toBe('Ann, Ben and Cat');
  });

  it('says a change in words as well as an arrow', () => {
    expect(changeParts({ change: 'down', previous: 2 })).toEqual({ arrow: '↓', words: 'Down from 2' });
    expect(changeParts({ change: 'new' })).toEqual({ arrow: '+', words: 'New' });
  });

  it('recognises an older version of the same list item from its eTag', () => {
    expect(isOlderVersion({ itemId: '7', eTag: '"{A},4"' }, { itemId: '7', eTag: '"{A},5"' })).toBe(true);
    expect(isOlderVersion({ itemId: '7', eTag: '"{A},6"' }, { itemId: '7', eTag: '"{A},5"' })).toBe(false);
    expect(isOlderVersion({ itemId: '8', eTag: '"{A},1"' }, { itemId: '7', eTag: '"{A},5"' })).toBe(false);
  });
});
