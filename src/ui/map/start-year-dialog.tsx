import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { type AcademicYear, nextAcademicYear } from '../../domain/academic-year';
import { ErrorBar, UserFacingError } from '../common/error-bar';
import { Loading } from '../common/states';
import { useAction } from '../common/use-action';
import { useMapData } from './data/queries';

const useStyles = makeStyles({
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Errors the years use case wrote for people (a reader refused, a merge not chosen): shown as written. */
const plainWords = (error: unknown): unknown =>
  error instanceof Error && (error.name === 'NextYearPermissionError' || error.name === 'CarryForwardError') ? new UserFacingError(error.message) : error;

/**
 * "Start the next year": shows what carrying `from` forward would copy (read, nothing written), then writes it
 * only when confirmed. A next year that already has a map is offered as a merge (only what is missing) or cancel.
 */
export function StartYearDialog(props: { readonly from: AcademicYear; readonly onStarted: (year: AcademicYear) => void; readonly onClose: () => void }): ReactNode {
  const styles = useStyles();
  const data = useMapData();
  const to = nextAcademicYear(props.from);
  // Read fresh each time the dialog opens: the preview must say what would be written now.
  const preview = useQuery({ queryKey: ['next-year-preview', props.from], queryFn: () => data.previewNextYear(props.from), gcTime: 0, staleTime: 0 });
  const starting = useAction();
  const plan = preview.data;
  const merge = plan?.mode === 'merge';
  const start = (): Promise<boolean> =>
    starting.run(async () => {
      if (!plan) return false;
      await data.startNextYear(plan, plan.mode);
      props.onStarted(plan.to);
    });

  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{merge ? `${to} already has a map` : `Start ${to}`}</DialogTitle>
          <DialogContent>
            {preview.isPending ? <Loading label={`Working out what ${to} would start with…`} /> : null}
            {preview.isError ? <ErrorBar error={plainWords(preview.error)} title="The preview could not be made" onRetry={() => void preview.refetch()} /> : null}
            {plan ? (
              <>
                <Body1 as="p">Nothing is written until you choose {merge ? 'Merge' : `Start ${to}`}.</Body1>
                <ul className={styles.lines} aria-label={`What starting ${to} copies`}>
                  {plan.summary.map((line) => (
                    <li key={line}>
                      <Body1>{line}</Body1>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {starting.failure ? <ErrorBar error={plainWords(starting.failure)} title={`${to} was not started`} /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void start()} disabled={!plan || starting.busy}>
              {starting.busy ? 'Copying…' : merge ? 'Merge: add only what is missing' : `Start ${to}`}
            </Button>
            <Button onClick={props.onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
