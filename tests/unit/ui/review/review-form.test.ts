import { describe, expect, it } from 'vitest';

import { type ParticipantLine, reviewFromForm, suggestedTitle } from '../../../../src/ui/review/start/review-form';

const line = (displayName: string, email = '', role = ''): ParticipantLine => ({ key: displayName || 'blank', displayName, email, role });
const context = { institutionId: 'highfield', makeId: () => '0123456789abcdef' };

describe('starting a review', () => {
  it('suggests a title from the term of the meeting', () => {
    expect(suggestedTitle('2026-11-11')).toBe('Internal leadership review, autumn 2026');
    expect(suggestedTitle('2027-03-02')).toBe('Internal leadership review, spring 2027');
    expect(suggestedTitle('2027-06-30')).toBe('Internal leadership review, summer 2027');
  });

  it('uses a participant’s email as their id (so they can sign in), else makes one up', () => {
    const result = reviewFromForm(
      {
        title: 'Review',
        date: '2026-11-11',
        variant: 'schools',
        participants: [line('Hannah Whitfield', 'Careers.Leader@contoso.org', 'Careers Leader'), line('Tom Griffiths')],
      },
      context,
    );
    expect(result.ok && result.review.participants).toEqual([
      { id: 'careers.leader@contoso.org', displayName: 'Hannah Whitfield', role: 'Careers Leader' },
      { id: 'person-tom-griffiths-01234567', displayName: 'Tom Griffiths' },
    ]);
    expect(result.ok && result.review).toMatchObject({ status: 'preparing', institutionId: 'highfield', id: 'review-2026-11-11-01234567' });
  });

  it('skips blank lines but reports problems against the line on screen', () => {
    const result = reviewFromForm(
      {
        title: '',
        date: '2026-02-30',
        variant: 'schools',
        participants: [line(''), line('Ann', 'ann@x.org'), line('', 'not-an-email'), line('ann', 'ann2@x.org')],
      },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'date',
      'participants[2].displayName',
      'participants[2].email',
      'participants[3].displayName',
      'title',
    ]);
    expect(result.errors['participants[3].displayName']).toMatch(/already listed/);
  });

  it('needs at least one participant', () => {
    const result = reviewFromForm({ title: 'T', date: '2026-11-11', variant: 'colleges', participants: [line('')] }, context);
    expect(!result.ok && result.errors.participants).toBe('Add at least one participant.');
  });
});
