import { Body1, makeStyles, Subtitle1, Title1, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import { useMaturityModel } from '../../common/maturity-model';
import { reflectionSpread } from '../../../domain/review/spread';
import { ErrorBar } from '../../common/error-bar';
import { useOpenReview, useReviewDelta } from '../data/queries';
import type { ReviewSnapshot } from '../data/review-state';
import { EmptyState, Loading } from '../../common/states';
import { ColumnDescriptors } from '../meet/column-descriptors';
import { SpreadTable } from '../meet/spread-table';
import { agreedNames } from '../meet/version-card';
import { EvidenceLinks } from '../parts/links';
import { columnName } from '../parts/names';
import { RowHeader } from '../parts/row-header';
import { CappedText } from '../../common/capped-text';

const useStyles = makeStyles({
  stage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: tokens.spacingHorizontalXXL, '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  fit: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  text: { whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

/**
 * The meeting stage: the row under discussion, large, for everyone in the meeting — who chose what, and the
 * agreed best fit as soon as anyone saves it (live refresh).
 */
export function MeetingStageView(props: { reviewId: string | null; rowId: string | null }): ReactNode {
  if (!props.reviewId) return <EmptyState title="Nothing shared yet">The facilitator shares a row from the meeting side panel.</EmptyState>;
  return <SharedRow reviewId={props.reviewId} rowId={props.rowId} />;
}

function SharedRow(props: { reviewId: string; rowId: string | null }): ReactNode {
  const loaded = useOpenReview(props.reviewId);
  useReviewDelta(props.reviewId, loaded.isSuccess, undefined);
  if (loaded.isPending) return <Loading label="Opening the row" />;
  if (loaded.isError) return <ErrorBar title="The row could not be shown" error={loaded.error} onRetry={() => void loaded.refetch()} />;
  return <MeetingStageRow snapshot={loaded.data} rowId={props.rowId} />;
}

function MeetingStageRow(props: { snapshot: ReviewSnapshot; rowId: string | null }): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const { snapshot } = props;
  const review = snapshot.review.value;
  const model = useMaturityModel(review.variant);
  const theme = model.themes.find((t) => t.rows.some((r) => r.id === props.rowId));
  const row = theme?.rows.find((r) => r.id === props.rowId);
  if (!theme || !row) return <EmptyState title="This row is not in the review's model" />;
  const fit = snapshot.bestFitVersions.get(row.id)?.value;
  const spread = reflectionSpread(row, snapshot.reflections, review.participants);
  return (
    <article className={styles.stage} aria-labelledby={headingId}>
      <RowHeader row={row} theme={theme} headingId={headingId} level="h2" large />
      <div className={styles.columns}>
        <SpreadTable spread={spread} caption={`Who chose what (${review.title})`} large />
        <section className={styles.fit} aria-live="polite" aria-label="Agreed best fit">
          <Subtitle1 block as="h3">Agreed best fit</Subtitle1>
          {fit ? (
            <>
              <Title1 block as="p">{columnName(fit.column)}</Title1>
              {fit.evidence ? <p className={styles.text}><CappedText text={fit.evidence} /></p> : null}
              <EvidenceLinks links={fit.evidenceLinks} />
              {fit.nextSteps ? (
                <p className={styles.text}>
                  <strong>Next steps: </strong>
                  <CappedText text={fit.nextSteps} />
                </p>
              ) : null}
              <Body1 block as="p">Agreed by {agreedNames(fit.agreedBy, review.participants)}.</Body1>
            </>
          ) : (
            <Body1 block as="p">Not agreed yet.</Body1>
          )}
        </section>
      </div>
      <ColumnDescriptors row={row} open large headingLevel="h3" />
    </article>
  );
}
