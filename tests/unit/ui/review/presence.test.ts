import { describe, expect, it } from 'vitest';

import { describePeople } from '../../../../src/ui/review/meet/presence';

const person = (participantId: string, displayName: string, more: { rowId?: string; following?: boolean; isMe?: boolean } = {}) => ({
  participantId,
  displayName,
  following: false,
  isMe: false,
  ...more,
});

describe('who is here, in words', () => {
  it('names each person once (two windows are one person), the leader on the leader’s row, and says who follows', () => {
    const people = [
      person('cl', 'Careers Leader', { rowId: '1.2' }),
      person('cl', 'Careers Leader', { rowId: '1.3' }),
      person('tg', 'Tom Griffiths', { rowId: '1.1' }),
      person('tg', 'Tom Griffiths', { rowId: '1.3', following: true, isMe: true }),
      person('tg', 'Tom Griffiths'),
    ];
    expect(describePeople({ people, facilitator: { participantId: 'cl', displayName: 'Careers Leader', rowId: '1.3' } })).toEqual([
      'Careers Leader: leading, on 1.3',
      'Tom Griffiths (you): following, on 1.3',
    ]);
    expect(describePeople({ people: [person('ak', 'Amira Khan')] })).toEqual(['Amira Khan']);
  });
});
