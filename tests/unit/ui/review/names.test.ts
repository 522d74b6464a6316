import { formatDate } from '../../../../src/domain/validation/dates';
import { describe, expect, it } from 'vitest';

import { reflectionSpread } from '../../../../src/domain/review/spread';
import type { Participant, Reflection } from '../../../../src/domain/review/types';
import { spreadSummary } from '../../../../src/ui/review/meet/agenda';
import { choiceName, listOfNames } from '../../../../src/ui/review/parts/names';
import { isOlderVersion } from '../../../../src/ui/review/session/versions';
import { changeParts } from '../../../../src/ui/review/snapshot/change-text';

const people: Participant[] = ['a', 'b', 'c'].map((id) => ({ id, displayName: id.toUpperCase() }));
const said = (choices: Reflection['choice'][]): Reflection[] =>
  choices.map((choice, i) => ({ reviewId: 'r', rowId: '1.1', participantId: people[i]!.id, choice, note: '' }));
const summary = (choices: Reflection['choice'][]) => spreadSummary(reflectionSpread({ id: '1.1' }, said(choices), people));

describe('words on screen', () => {
  it('says the spread of a row in words', () => {
    expect(summary([1, 4, 'not-sure'])).toBe('From 1 to 4, 1 not sure');
    expect(summary([2, 2, 2])).toBe('All chose 2');
    expect(summary([2, 2, 'not-sure'])).toBe('2 chose 2, 1 not sure');
    expect(summary([])).toBe('No reflections yet');
  });

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
