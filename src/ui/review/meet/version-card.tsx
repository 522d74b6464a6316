import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AgreedBestFit, Participant } from '../../../domain/review/types';
import { EvidenceLinks } from '../parts/links';
import { columnName, dateTime, listOfNames } from '../parts/names';
import { CappedText } from '../../common/capped-text';

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  list: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** Names for stored participant ids (a name typed in SharePoint itself shows as it is). */
export function agreedNames(ids: readonly string[], participants: readonly Participant[]): string {
  return listOfNames(ids.map((id) => participants.find((p) => p.id === id)?.displayName ?? id));
}

/** Every field of an agreed best fit, read-only. */
export function BestFitDetails(props: { fit: AgreedBestFit; participants: readonly Participant[] }): ReactNode {
  const styles = useStyles();
  const { fit } = props;
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Best fit</dt>
      <dd>{columnName(fit.column)}</dd>
      <dt className={styles.term}>Evidence</dt>
      <dd>
        <p className={styles.text}>{fit.evidence ? <CappedText text={fit.evidence} /> : '—'}</p>
        <EvidenceLinks links={fit.evidenceLinks} />
      </dd>
      <dt className={styles.term}>Next steps</dt>
      <dd>
        <p className={styles.text}>{fit.nextSteps ? <CappedText text={fit.nextSteps} /> : '—'}</p>
      </dd>
      <dt className={styles.term}>Agreed by</dt>
      <dd>
        {agreedNames(fit.agreedBy, props.participants)}, {dateTime(fit.agreedAt)}
      </dd>
    </dl>
  );
}

/** One version of an agreed best fit, every field shown, for comparing two side by side. */
export function VersionCard(props: { title: string; fit: AgreedBestFit | null; participants: readonly Participant[] }): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={props.title}>
      <Subtitle2 block as="h5">
        {props.title}
      </Subtitle2>
      {props.fit ? (
        <BestFitDetails fit={props.fit} participants={props.participants} />
      ) : (
        <Body1 block as="p">
          Deleted: someone removed this row&apos;s best fit.
        </Body1>
      )}
    </section>
  );
}
