import { Body1, makeStyles, ProgressBar, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useId, useMemo, useState } from 'react';

import { modelRows } from '../../../domain/catalogue';
import type { MaturityModel } from '../../../domain/catalogue/types';
import { reflectionsOf } from '../../../domain/review/indexes';
import { progress } from '../../../domain/review/progress';
import type { Participant } from '../../../domain/review/types';
import type { ReviewSnapshot } from '../data/review-state';
import type { ReviewWrites } from '../data/writes';
import { RowNavigator } from './row-navigator';
import { RowReflection } from './row-reflection';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '32rem' },
  layout: {
    display: 'grid',
    gridTemplateColumns: '16rem minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

/**
 * Reflecting beforehand: one row at a time with progress ("17 of 32"), opening where the person stopped (the
 * first row they have not reflected on) unless the address names a row.
 */
export function ReflectView(props: {
  writes: ReviewWrites;
  snapshot: ReviewSnapshot;
  model: MaturityModel;
  me: Participant;
  canEdit: boolean;
  rowId: string | null;
  onRowChange: (rowId: string) => void;
}): ReactNode {
  const styles = useStyles();
  const { snapshot, model, me } = props;
  const rows = useMemo(() => modelRows(model), [model]);
  const mine = useMemo(() => reflectionsOf(me.id, snapshot.reflections), [me.id, snapshot.reflections]);
  const done = progress(me.id, model, snapshot.reflections);

  // Where to resume is decided once: answering a row must not move the page on by itself.
  const [resumeAt] = useState(() => done.resumeAt?.id);
  const progressId = useId();
  const index = Math.max(
    0,
    rows.findIndex((r) => r.id === (props.rowId ?? resumeAt)),
  );
  const row = rows[index]!;
  const theme = model.themes.find((t) => t.id === row.themeId)!;
  const [moved, setMoved] = useState(false);
  const moveTo = (rowId: string): void => {
    setMoved(true);
    props.onRowChange(rowId);
  };
  const go = (i: number) => (i >= 0 && i < rows.length ? () => moveTo(rows[i]!.id) : undefined);

  return (
    <div className={styles.view}>
      <div className={styles.progress}>
        <Subtitle2 block as="p" id={progressId}>
          Your reflections: {done.summary} rows
        </Subtitle2>
        <ProgressBar value={done.answered / done.total} thickness="large" aria-labelledby={progressId} />
        {done.complete ? <Body1>You have reflected on every row. You can still change any of them before the meeting.</Body1> : null}
      </div>
      <div className={styles.layout}>
        <RowNavigator
          model={model}
          currentRowId={row.id}
          isDone={(id) => mine.get(id)?.choice !== undefined}
          doneLabel="reflected"
          onSelect={moveTo}
          label="Maturity rows"
        />
        <RowReflection
          key={row.id}
          row={row}
          theme={theme}
          reviewId={snapshot.review.value.id}
          participantId={me.id}
          mine={mine.get(row.id)}
          saveState={snapshot.reflectionSaves.get(row.id)}
          canEdit={props.canEdit}
          onSave={(reflection) => props.writes.saveReflection(reflection)}
          onRetry={() => props.writes.retryReflection(row.id, me.id)}
          onPrevious={go(index - 1)}
          onNext={go(index + 1)}
          takeFocus={moved}
        />
      </div>
    </div>
  );
}
