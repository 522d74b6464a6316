import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { formatDate } from '../../../domain/validation/dates';
import { type ReactNode, useId, useRef, useState } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import type { Review } from '../../../domain/review/types';
import { messageOf } from '../../common/error-bar';
import { Loading } from '../../common/states';
import type { ReviewSnapshot } from '../data/review-state';
import { HeatMap } from './heat-map';
import { Highlights } from './highlights';
import { usePreviousReview } from './use-previous-review';
import type { Versioned } from '../../../shared/versioned';

const useStyles = makeStyles({
  snapshot: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media print': { backgroundColor: 'white', padding: 0 },
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    '@media print': { display: 'none' },
  },
});

/**
 * The review's snapshot: strengths, priorities and change since the previous review of the same institution,
 * then the heat map theme by theme. Prints cleanly (Print → Save as PDF) and saves as an image.
 */
export function SnapshotView(props: {
  model: MaturityModel;
  snapshot: ReviewSnapshot;
  previousReview: Versioned<Review> | undefined;
}): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const area = useRef<HTMLElement>(null);
  const [saving, setSaving] = useState<string>('');
  const review = props.snapshot.review.value;
  const previous = usePreviousReview(props.model, props.snapshot.bestFits, props.previousReview?.value);

  const saveImage = (): void => {
    if (!area.current) return;
    setSaving('Making the image…');
    const node = area.current;
    import('./export-image')
      .then(({ saveSnapshotImage }) => saveSnapshotImage(node, `${review.title} snapshot`))
      .then(
        (file) => setSaving(`Saved ${file}.`),
        (error: unknown) => setSaving(`The image could not be saved. ${messageOf(error)}`),
      );
  };

  return (
    <section className={styles.snapshot} aria-labelledby={headingId} ref={area}>
      <Subtitle1 block as="h3" id={headingId}>
        Snapshot: {review.title}, {formatDate(review.date)}
      </Subtitle1>
      <div className={styles.actions} data-export="skip">
        <Button onClick={() => window.print()}>Print or save as PDF</Button>
        <Button onClick={saveImage}>Save as image</Button>
        <Body1 role="status">{saving}</Body1>
      </div>
      {previous ? (
        <>
          <Highlights model={props.model} bestFits={props.snapshot.bestFits} previous={previous} />
          <HeatMap model={props.model} bestFits={props.snapshot.bestFits} previous={previous} />
        </>
      ) : (
        <Loading label="Loading the previous review to compare with" />
      )}
    </section>
  );
}
