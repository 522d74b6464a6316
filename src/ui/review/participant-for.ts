import type { Participant } from '../../domain/review/types';
import type { SignedInUser } from '../common/services-context';

/** The participant the signed-in person is, matched on user principal name or Entra object id. */
export function participantFor(user: SignedInUser, participants: readonly Participant[]): Participant | undefined {
  const ids = [user.upn, user.entraId].filter(Boolean).map((id) => id!.toLowerCase());
  return participants.find((p) => ids.includes(p.id.toLowerCase()));
}
