import { Badge, Body1, Button, Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { formatDate } from '../../domain/validation/dates';
import { type ReactNode, useState } from 'react';

import type { MaturityModel } from '../../domain/catalogue/types';
import { checkReviewTransition } from '../../domain/review/status';
import type { AgreedBestFit, Review, ReviewStatus } from '../../domain/review/types';
import { ErrorBar } from '../common/error-bar';
import { statusNames } from './parts/names';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
    '@media print': { display: 'none' },
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '36rem' },
});

const moves: Readonly<Record<ReviewStatus, readonly { to: ReviewStatus; label: string }[]>> = {
  preparing: [{ to: 'meeting', label: 'Start the meeting' }],
  meeting: [
    { to: 'agreed', label: 'Mark the review as agreed' },
    { to: 'preparing', label: 'Back to reflecting' },
  ],
  agreed: [],
};

/** The open review: title, date, status and panel, with the status moves the rules allow. */
export function ReviewHeader(props: {
  review: Review;
  model: MaturityModel;
  bestFits: readonly AgreedBestFit[];
  canEdit: boolean;
  onStatus: (status: ReviewStatus) => Promise<void>;
  onStartNew?: () => void;
  extra?: ReactNode;
}): ReactNode {
  const styles = useStyles();
  const { review } = props;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const checks = moves[review.status].map((m) => ({ ...m, check: checkReviewTransition(review, m.to, props.model, props.bestFits) }));
  const blocked = checks.find((c) => !c.check.allowed);

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
          <Title3 block as="h2">{review.title}</Title3>
          <div className={styles.meta}>
            <Body1>{formatDate(review.date)}</Body1>
            <Badge appearance="tint" color={review.status === 'agreed' ? 'success' : 'brand'}>
              {statusNames[review.status]}
            </Badge>
            <Caption1>{review.participants.length} participants</Caption1>
          </div>
        </div>
        <div className={styles.actions}>
          {props.extra}
          {props.canEdit
            ? checks.map((c) => (
                <Button key={c.to} onClick={() => move(c.to)} disabled={busy || !c.check.allowed}>
                  {c.label}
                </Button>
              ))
            : null}
          {props.canEdit && props.onStartNew ? <Button onClick={props.onStartNew}>Start a new review</Button> : null}
          {props.canEdit && blocked && !blocked.check.allowed ? <Caption1>{blocked.check.reason}</Caption1> : null}
        </div>
      </div>
      {failure ? <ErrorBar error={failure} onDismiss={() => setFailure(undefined)} /> : null}
    </>
  );
}
