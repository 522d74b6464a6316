import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useRef } from 'react';

import { ErrorBar } from '../common/error-bar';
import { useServices } from '../common/services-context';
import { SignedInLine } from '../common/signed-in-line';
import { useMaturityModel } from '../common/maturity-model';
import { useReviewWrites } from './data/queries';
import type { MeetingLive, MeetingLiveSnapshot } from './data/live';
import type { ReviewSnapshot } from './data/review-state';
import type { OpenReviewProps } from './open-review-props';
import { participantFor } from './participant-for';
import { ReviewHeader } from './review-header';
import { ReviewSection } from './review-section';
import { type Section, sections } from './sections';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Wraps rather than hides a section in the narrow meeting side panel.
  sections: { flexWrap: 'wrap', '@media print': { display: 'none' } },
});

/** The open review's header, section tabs and the chosen section. Agreed reviews are a record: read-only. */
export function SessionArea(
  props: OpenReviewProps & { snapshot: ReviewSnapshot; live: MeetingLive | undefined; liveSnapshot: MeetingLiveSnapshot | undefined },
): ReactNode {
  const styles = useStyles();
  const services = useServices();
  const { snapshot } = props;
  const writes = useReviewWrites(snapshot.review.value.id);
  const review = snapshot.review.value;
  const model = useMaturityModel(review.variant);
  const me = participantFor(services.user, review.participants);
  const canEdit = props.canEdit && review.status !== 'agreed';
  // Who agrees or reopens: the participant, else the signed-in person as the host names them.
  const whoIAm = me?.id ?? services.user.upn ?? services.user.displayName;

  // When the meeting starts (here or in someone else's window) everyone goes to it, on the agenda's first row.
  const { onSection } = props;
  const lastStatus = useRef(review.status);
  useEffect(() => {
    if (lastStatus.current === 'preparing' && review.status === 'meeting') onSection('meeting');
    lastStatus.current = review.status;
  }, [review.status, onSection]);

  return (
    <div className={styles.area}>
      <ReviewHeader
        review={review}
        model={model}
        bestFits={snapshot.bestFits}
        canEdit={props.canEdit}
        onStatus={(status) => writes.setStatus(status)}
        onAgree={() => writes.agree(whoIAm, model)}
        onReopen={(reason) => writes.reopen(whoIAm, reason, props.canEdit)}
        nameOf={(id) => review.participants.find((p) => p.id === id)?.displayName ?? id}
        onStartNew={props.onStartNew}
        extra={
          services.localSignIn ? (
            <SignedInLine user={services.user} localSignIn={services.localSignIn} participants={review.participants} />
          ) : undefined
        }
      />
      {snapshot.refreshError ? <ErrorBar title="Live updates paused" error={snapshot.refreshError} /> : null}
      <TabList
        className={styles.sections}
        selectedValue={props.section}
        onTabSelect={(_, data) => props.onSection(data.value as Section)}
        aria-label="Review sections"
      >
        {sections.map((s) => (
          <Tab key={s.id} value={s.id}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={sections.find((s) => s.id === props.section)?.name}>
        <ReviewSection
          section={props.section}
          snapshot={snapshot}
          writes={writes}
          model={model}
          me={me}
          canEdit={canEdit}
          all={props.all}
          rowId={props.rowId}
          onRowChange={props.onRowChange}
          onOpen={props.onOpen}
          live={props.live}
          liveSnapshot={props.liveSnapshot}
        />
      </div>
    </div>
  );
}
