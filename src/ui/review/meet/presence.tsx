import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { MeetingLive, MeetingLiveSnapshot, PresentPerson } from '../data/live';
import { listOfNames } from '../parts/names';
import { DiscussionTimer } from './discussion-timer';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/**
 * One line per person, as the meeting thinks of them: the same person in two windows (each its own Live Share
 * user outside Teams) is named once — this window if it is one of theirs, and the leader on the leader's row.
 */
export function describePeople(snapshot: Pick<MeetingLiveSnapshot, 'people' | 'facilitator'>): string[] {
  const byPerson = new Map<string, PresentPerson>();
  for (const person of snapshot.people) {
    if (!byPerson.get(person.participantId)?.isMe) byPerson.set(person.participantId, person);
  }
  return [...byPerson.values()].map((person) => describe(person, snapshot.facilitator));
}

function describe(person: PresentPerson, leader: MeetingLiveSnapshot['facilitator']): string {
  const name = person.isMe ? `${person.displayName} (you)` : person.displayName;
  const leads = person.participantId === leader?.participantId;
  const role = leads ? 'leading' : person.following ? 'following' : undefined;
  const rowId = leads ? leader.rowId : person.rowId;
  const where = rowId ? `on ${rowId}` : undefined;
  const detail = [role, where].filter(Boolean).join(', ');
  return detail ? `${name}: ${detail}` : name;
}

/**
 * Who is here in the meeting and on which row, who leads the discussion, and whether this browser follows the
 * leader's row (with a way to stop), and the discussion timer. Shown only when Live Share is connected: polling
 * knows of nobody else.
 */
export function MeetingPresence(props: { live: MeetingLive; snapshot: MeetingLiveSnapshot; rowId: string }): ReactNode {
  const styles = useStyles();
  const { snapshot, live } = props;
  if (snapshot.mode !== 'live') return null;
  const leader = snapshot.facilitator;
  const me = snapshot.people.find((p) => p.isMe);
  const leading = leader !== undefined && leader.participantId === me?.participantId;
  return (
    <section className={styles.bar} aria-label="Who is here">
      <Body1>Here now: {listOfNames(describePeople(snapshot))}.</Body1>
      {!snapshot.connected ? <Caption1>Reconnecting…</Caption1> : null}
      {leading ? <Caption1>You are leading: everyone following sees your row.</Caption1> : null}
      {!leading ? <Button size="small" onClick={() => void live.facilitate()}>Lead the discussion</Button> : null}
      {leader && !leading && !snapshot.following ? (
        <Button size="small" appearance="primary" onClick={() => void live.follow()}>
          Follow {leader.displayName}
        </Button>
      ) : null}
      {leader && !leading && snapshot.following ? (
        <Button size="small" onClick={() => void live.unfollow()}>
          Stop following
        </Button>
      ) : null}
      <DiscussionTimer live={live} snapshot={snapshot} rowId={props.rowId} leading={leading} />
    </section>
  );
}
