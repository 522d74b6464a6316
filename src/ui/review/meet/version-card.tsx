import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AgreedBestFit, Participant } from '../../../domain/review/types';
import { EvidenceLinks } from '../parts/links';
import { columnName, dateTime, listOfNames } from '../parts/names';
import { CappedText } from '../../common/capped-text';
import type { Described } from '../../common/conflict-choice';

const useStyles = makeStyles({
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

/** Every field of an agreed best fit as lines of text, for comparing two versions side by side. */
export function describedBestFit(fit: AgreedBestFit, participants: readonly Participant[]): Described {
  return [
    ['Best fit', columnName(fit.column)],
    ['Evidence', fit.evidence],
    ['Evidence links', fit.evidenceLinks.join('\n')],
    ['Next steps', fit.nextSteps],
    ['Agreed by', `${agreedNames(fit.agreedBy, participants)}, ${dateTime(fit.agreedAt)}`],
  ];
}
