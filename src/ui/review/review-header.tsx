import { Body1, Button, Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { formatDate } from '../../domain/validation/dates';
import { type ReactNode, useState } from 'react';

import type { MaturityModel } from '../../domain/catalogue/types';
import { checkReviewTransition } from '../../domain/review/status';
import type { AgreedBestFit, Review, ReviewStatus } from '../../domain/review/types';
import { dateTime } from './parts/names';
import { ErrorBar } from '../common/error-bar';
import { onDemand } from '../common/on-demand';
import { StatusBadge } from '../common/status-badge';
import { statusNames } from './parts/names';

// Fetched when a move is asked about: the review is shown without Fluent's dialog code.
const DecisionDialog = onDemand(() => import('../common/decision-dialog').then((m) => m.DecisionDialog));

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 480px)': { gap: tokens.spacingVerticalS },
    '@media print': { display: 'none' },
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '36rem' },
  // In the meeting side panel (320 px) the header stays short, so the row under discussion starts on the first screen.
  title: { '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 } },
  wideOnly: { '@media (max-width: 480px)': { display: 'none' } },
});

const moves: Readonly<Record<ReviewStatus, readonly { to: ReviewStatus; label: string }[]>> = {
  preparing: [{ to: 'meeting', label: 'Start the meeting' }],
  meeting: [
    { to: 'agreed', label: 'Mark the review as agreed' },
    { to: 'preparing', label: 'Back to reflecting' },
  ],
  agreed: [],
};

/**
 * The open review: title, meeting date, status, who agreed it and when, and the status moves the rules allow.
 * Agreeing asks first; an agreed review can be reopened by an editor, with a reason.
 */
export function ReviewHeader(props: {
  review: Review;
  model: MaturityModel;
  bestFits: readonly AgreedBestFit[];
  canEdit: boolean;
  onStatus: (status: ReviewStatus) => Promise<void>;
  onAgree: () => Promise<void>;
  onReopen: (reason: string) => Promise<void>;
  /** The display name for a participant id (who agreed or reopened). */
  nameOf: (id: string) => string;
  onStartNew?: () => void;
  extra?: ReactNode;
}): ReactNode {
  const styles = useStyles();
  const { review } = props;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [asking, setAsking] = useState<'agree' | 'reopen' | undefined>();
  const checks = moves[review.status].map((m) => ({ ...m, check: checkReviewTransition(review, m.to, props.model, props.bestFits) }));
  const blocked = checks.find((c) => !c.check.allowed);
  const lastReopening = review.reopenings?.at(-1);

  const move = (to: ReviewStatus): void => {
    setBusy(true);
    setFailure(undefined);
    props.onStatus(to).then(
      () => setBusy(false),
      (error: unknown) => {
        setFailure(error);
        setBusy(false);
      },
    );
  };

  return (
    <>
      <div className={styles.header}>
        <div className={styles.titles}>
          <Title3 block as="h2" className={styles.title}>
            {review.title}
          </Title3>
          <div className={styles.meta}>
            <Body1>Meeting {formatDate(review.date)}</Body1>
            <StatusBadge done={review.status === 'agreed'}>{statusNames[review.status]}</StatusBadge>
            <Caption1 className={styles.wideOnly}>{review.participants.length} participants</Caption1>
          </div>
          {review.status === 'agreed' && review.agreement ? (
            <Caption1>
              Agreed by {props.nameOf(review.agreement.by)}, {dateTime(review.agreement.at)}
            </Caption1>
          ) : null}
          {review.status !== 'agreed' && lastReopening ? (
            <Caption1>
              Reopened by {props.nameOf(lastReopening.by)}, {dateTime(lastReopening.at)}: {lastReopening.reason}
            </Caption1>
          ) : null}
        </div>
        <div className={styles.actions}>
          {props.extra}
          {props.canEdit
            ? checks.map((c) => (
                <Button
                  key={c.to}
                  // The side panel keeps only the moves that can be made now, and not going back to reflecting.
                  className={!c.check.allowed || c.to === 'preparing' ? styles.wideOnly : undefined}
                  onClick={() => (c.to === 'agreed' ? setAsking('agree') : move(c.to))}
                  disabled={busy || !c.check.allowed}
                >
                  {c.label}
                </Button>
              ))
            : null}
          {props.canEdit && review.status === 'agreed' ? <Button onClick={() => setAsking('reopen')}>Reopen the review</Button> : null}
          {props.canEdit && props.onStartNew ? (
            <Button className={styles.wideOnly} onClick={props.onStartNew}>
              Start a new review
            </Button>
          ) : null}
          {props.canEdit && blocked && !blocked.check.allowed ? <Caption1 className={styles.wideOnly}>{blocked.check.reason}</Caption1> : null}
        </div>
      </div>
      {failure ? <ErrorBar error={failure} onDismiss={() => setFailure(undefined)} /> : null}
      {asking === 'agree' ? (
        <DecisionDialog
          title="Mark the review as agreed?"
          confirmLabel="Mark as agreed"
          onConfirm={props.onAgree}
          onClose={() => setAsking(undefined)}
        >
          Every row has an agreed best fit. Once agreed, the review is the record and becomes read-only; an editor can
          reopen it, with a reason that is kept. Your name and the time now are recorded as the agreement.
        </DecisionDialog>
      ) : null}
      {asking === 'reopen' ? (
        <DecisionDialog
          title="Reopen the agreed review?"
          confirmLabel="Reopen the review"
          reasonLabel="Why is it being reopened?"
          onConfirm={props.onReopen}
          onClose={() => setAsking(undefined)}
        >
          The review goes back to the meeting so its best fits can be changed. The agreement it had is kept with the
          reason, and it needs agreeing again.
        </DecisionDialog>
      ) : null}
    </>
  );
}
