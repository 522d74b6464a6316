import { describe, expect, it } from 'vitest';

import type { Participant } from '../../../../src/domain/review/types';
import { participantFor } from '../../../../src/ui/review/participant-for';

const participants: Participant[] = [
  { id: 'Jo.Bloggs@school.example', displayName: 'Jo Bloggs', role: 'Careers Leader' },
  { id: '6f1c2d3e-0000-4000-8000-000000000001', displayName: 'Sam Patel', role: 'Link Governor' },
];

describe('which participant the signed-in person is', () => {
  it('matches the user principal name, whatever its case', () => {
    expect(participantFor({ upn: 'jo.bloggs@SCHOOL.example', displayName: 'Jo', readOnly: false }, participants)?.displayName).toBe('Jo Bloggs');
  });

  it('matches the Entra object id when the participant was chosen by it', () => {
    const user = { upn: 'sam@school.example', entraId: '6F1C2D3E-0000-4000-8000-000000000001', displayName: 'Sam', readOnly: false };
    expect(participantFor(user, participants)?.displayName).toBe('Sam Patel');
  });

  it('is nobody when neither id matches, and never matches on a missing id', () => {
    expect(participantFor({ upn: 'visitor@school.example', displayName: 'Jo Bloggs', readOnly: false }, participants)).toBeUndefined();
    expect(participantFor({ displayName: 'Jo Bloggs', readOnly: false }, participants)).toBeUndefined();
  });
});
