import { Badge, Body1, Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Review } from '../../domain/review/types';
import { formatDate } from '../../domain/validation/dates';
import { dateTime, statusNames } from './parts/names';

const useStyles = makeStyles({
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // In the meeting side panel (320 px) the header stays short, so the row under discussion starts on the first screen.
  title: { '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 } },
  wideOnly: { '@media (max-width: 480px)': { display: 'none' } },
});

/** The open review's title, meeting date, status and participants, and who agreed it (or last reopened it) and when. */
export function ReviewTitles(props: {
  review: Review;
  /** The display name for a participant id (who agreed or reopened). */
  nameOf: (id: string) => string;
}): ReactNode {
  const styles = useStyles();
  const { review } = props;
  const lastReopening = review.reopenings?.at(-1);
  return (
    <div className={styles.titles}>
      <Title3 block as="h2" className={styles.title}>
        {review.title}
      </Title3>
      <div className={styles.meta}>
        <Body1>Meeting {formatDate(review.date)}</Body1>
        <Badge appearance="tint" color={review.status === 'agreed' ? 'success' : 'brand'}>
          {statusNames[review.status]}
        </Badge>
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
  );
}
