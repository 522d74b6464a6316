import { useCallback, useState } from 'react';

import type { WorkbookGateway } from '../../provision-template/workbook-gateway';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { columnIndexOf } from '../../provision-template/columns';
import { DEMO_NOT_PUBLISHED, holdsDemo } from '../../provision-template/demo-rows';
import type { RowProblem } from '../../provision-template/read-rows';
import { type RowConflict, incomingChanges, type PublishPlan, planSize, publishPlan } from '../../provision-template/sync/diff';
import { type PublishProgress, publishChanges } from '../../provision-template/sync/publish';
import { applyIncoming, fetchRemoteState } from '../../provision-template/sync/refresh';
import { type ConflictChoice, resolveConflict } from '../../provision-template/sync/resolve';
import { syncSheet } from '../../provision-template/template-plan';
import { UserFacingError } from '../common/error-bar';
import { conflictView } from './conflict-view-chunk';
import type { PaneStore } from './data/store';
import type { PaneRead } from './pane-read';
import { userMessage } from '../common/user-message';

const NOT_CONFIRMED = 'The site did not confirm this change.';

export type SyncState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'working'; readonly label: string }
  /** Rows with problems: nothing is sent or changed until they are fixed. */
  | { readonly phase: 'invalid'; readonly problems: readonly RowProblem[] }
  | { readonly phase: 'preview'; readonly plan: PublishPlan; readonly pane: PaneRead }
  | { readonly phase: 'publishing'; readonly progress: PublishProgress }
  | { readonly phase: 'done'; readonly message: string; readonly failures?: readonly { key: string; message: string }[] }
  | { readonly phase: 'failed'; readonly error: unknown };

/** What the Publish tab's views get: the hook's own result, so "go to definition" on `sync.confirm` lands on its code. */
export type SyncModel = ReturnType<typeof useSync>;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Publish (preview, then send with progress) and Refresh (bring in what others changed), with the rows changed on
 * both sides left for the person to choose. Every flow reads the workbook afresh and stops, writing nothing,
 * while any row has a problem.
 */
export function useSync(
  gateway: WorkbookGateway,
  store: PaneStore,
  catalogue: TemplateCatalogue,
  reload: () => Promise<PaneRead | null>,
) {
  const [state, setState] = useState<SyncState>({ phase: 'idle' });
  const [conflicts, setConflicts] = useState<readonly RowConflict[]>([]);

  /** A fresh, valid reading, or the reason there is none (already shown). */
  const validRead = useCallback(async (): Promise<PaneRead | null> => {
    const pane = await reload();
    if (!pane) {
      setState({ phase: 'failed', error: new UserFacingError('Set up the template first (Template tab).') });
      return null;
    }
    if (pane.template.problems.length > 0) {
      setState({ phase: 'invalid', problems: pane.template.problems });
      return null;
    }
    return pane;
  }, [reload]);

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setState({ phase: 'working', label });
    void conflictView.preload(); // a sync is what can find rows changed on both sides
    try {
      await work();
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }, []);

  const preview = useCallback(
    () =>
      run('Comparing the workbook with the team’s site…', async () => {
        const pane = await validRead();
        if (!pane) return;
        // The demo school's examples never reach the team's site, whatever the button allowed.
        if (holdsDemo(pane.template.rows)) return setState({ phase: 'failed', error: new UserFacingError(DEMO_NOT_PUBLISHED) });
        const plan = publishPlan(pane.template.rows, pane.snapshot);
        setState(planSize(plan) === 0 ? { phase: 'done', message: 'Nothing to publish: the workbook matches the last sync.' } : { phase: 'preview', plan, pane });
      }),
    [run, validRead],
  );

  const confirm = useCallback(async () => {
    if (state.phase !== 'preview') return;
    const { plan, pane } = state;
    await run('Publishing…', async () => {
      // Keys go into the workbook before anything is sent, so a retried publish sends the same keys.
      const keyColumn = columnIndexOf('key');
      const unkeyed = plan.created.filter((r) => !r.keyed);
      if (unkeyed.length > 0) await gateway.writeRows({ updates: unkeyed.map((r) => ({ index: r.index, column: keyColumn, values: [r.activity.id] })) });
      setState({ phase: 'publishing', progress: { done: 0, total: planSize(plan) } });
      const outcome = await publishChanges(store.publish, plan, pane.snapshot, { onProgress: (progress) => setState({ phase: 'publishing', progress }) });
      await gateway.writeSheet(syncSheet(outcome.snapshot));
      setConflicts(outcome.conflicts);
      const sent = planSize(plan) - outcome.conflicts.length - outcome.failures.length;
      setState({
        phase: 'done',
        message: `Published ${plural(sent, 'change', 'changes')} to the team’s site.${outcome.conflicts.length > 0 ? ` ${plural(outcome.conflicts.length, 'row was', 'rows were')} changed by someone else meanwhile: choose below.` : ''}`,
        ...(outcome.failures.length > 0
          ? { failures: outcome.failures.map((f) => ({ key: f.key, message: f.error ? userMessage(f.error) : NOT_CONFIRMED })) }
          : {}),
      });
      await reload();
    });
  }, [state, run, gateway, store, reload]);

  const refresh = useCallback(
    () =>
      run('Bringing in changes from the team’s site…', async () => {
        const pane = await validRead();
        if (!pane) return;
        const { state: remote, deltaLink } = await fetchRemoteState(store, pane.snapshot);
        const changes = incomingChanges(pane.template.rows, pane.snapshot, remote);
        const applied = applyIncoming(changes, pane.snapshot, catalogue, { deltaLink, syncedAt: new Date().toISOString() });
        await gateway.writeRows(applied.rowChanges);
        await gateway.writeSheet(syncSheet(applied.snapshot));
        setConflicts(applied.conflicts);
        const count = (kind: string): number => changes.filter((c) => c.kind === kind).length;
        setState({
          phase: 'done',
          message:
            `Brought in ${plural(count('added'), 'new activity', 'new activities')}, ${plural(count('updated'), 'change', 'changes')} and ` +
            `${plural(count('removed'), 'removal', 'removals')}.` +
            (applied.conflicts.length > 0 ? ` ${plural(applied.conflicts.length, 'row was', 'rows were')} changed on both sides: choose below.` : ''),
        });
        await reload();
      }),
    [run, validRead, store, catalogue, gateway, reload],
  );

  const resolve = useCallback(
    async (conflict: RowConflict, choice: ConflictChoice) =>
      run('Saving your choice…', async () => {
        const pane = await reload();
        if (!pane) return;
        // Row positions may have moved since the conflict was found: find the row by its key now.
        const row = pane.template.rows.find((r) => r.activity.id === conflict.key);
        const current: RowConflict = { ...conflict, ...(row ? { row } : {}) };
        const result = await resolveConflict(store, current, choice, pane.snapshot, catalogue);
        if (!result.ok) {
          setState({ phase: 'failed', error: result.error ?? new UserFacingError(NOT_CONFIRMED) });
          return;
        }
        await gateway.writeRows(result.rowChanges);
        await gateway.writeSheet(syncSheet(result.snapshot));
        setConflicts((all) => all.filter((c) => c.key !== conflict.key));
        setState({ phase: 'done', message: choice === 'mine' ? 'Your version is now on the team’s site.' : 'The site’s version is now in the workbook.' });
        await reload();
      }),
    [run, reload, store, catalogue, gateway],
  );

  const cancel = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, conflicts, preview, confirm, cancel, refresh, resolve };
}
