import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

import type { MaturityModel } from '../../domain/catalogue/types';
import { checkReviewTransition } from '../../domain/review/status';
import type { AgreedBestFit, Review, ReviewStatus } from '../../domain/review/types';
import { ErrorBar } from '../common/error-bar';
import { useAction } from '../common/use-action';
import { AgreementDialogs } from './agreement-dialogs';
import { ReviewTitles } from './review-titles';

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
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '36rem' },
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
 * The open review: its titles (`ReviewTitles`) and the status moves the rules allow. Agreeing asks first; an
 * agreed review can be reopened by an editor, with a reason (`AgreementDialogs`).
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
  const { busy, failure, run, dismiss } = useAction();
  const [asking, setAsking] = useState<'agree' | 'reopen' | undefined>();
  const checks = moves[review.status].map((m) => ({ ...m, check: checkReviewTransition(review, m.to, props.model, props.bestFits) }));
  const blocked = checks.find((c) => !c.check.allowed);

  const move = (to: ReviewStatus): void => void run(() => props.onStatus(to));

  return (
    <>
      <div className={styles.header}>
        <ReviewTitles review={review} nameOf={props.nameOf} />
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
      {failure ? <ErrorBar error={failure} onDismiss={dismiss} /> : null}
      <AgreementDialogs asking={asking} onAgree={props.onAgree} onReopen={props.onReopen} onClose={() => setAsking(undefined)} />
    </>
  );
}
