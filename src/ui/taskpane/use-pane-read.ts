import { useCallback, useEffect, useRef, useState } from 'react';

import type { Selection, WorkbookChange, WorkbookGateway } from '../../provision-template/workbook-gateway';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import type { RowMemo } from '../../provision-template/read-rows';
import { readEdited } from './edited-rows';
import { interpretRead, type PaneRead } from './pane-read';

/** Typing pauses this long before the pane reads what changed (one sync) and recomputes the gaps. */
export const CHANGE_DEBOUNCE_MS = 400;

export interface PaneReadState {
  /** undefined while the first read is under way; null when the workbook has no template yet. */
  readonly pane: PaneRead | null | undefined;
  readonly selection: Selection | null;
  readonly error: unknown;
  /** Reads the workbook now (after our own writes), returning what it found. */
  readonly reload: () => Promise<PaneRead | null>;
}

/**
 * Keeps the pane's reading of the workbook current: on start, after changes (debounced), and on demand. After an
 * edit in place only the rows edited are read from the workbook and read again; the rest keep their reading.
 */
export function usePaneRead(gateway: WorkbookGateway, catalogue: TemplateCatalogue, newKey: () => string): PaneReadState {
  const [pane, setPane] = useState<PaneRead | null | undefined>(undefined);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const latest = useRef(0);
  const current = useRef<PaneRead | null>(null);
  // Reads are interpreted with the newest catalogue, even a reload asked for by code that closed over an older one
  // (an import agrees a new category, writes its rows, then reloads). Each row's reading is kept while it is the same.
  const reading = useRef<{ catalogue: TemplateCatalogue; memo: RowMemo }>({ catalogue, memo: new WeakMap() });
  useEffect(() => {
    if (reading.current.catalogue !== catalogue) reading.current = { catalogue, memo: new WeakMap() };
  }, [catalogue]);

  /** Runs a read; a slower, older read must not overwrite a newer one. */
  const settle = useCallback(async (read: () => Promise<PaneRead | null>): Promise<PaneRead | null> => {
    const ticket = ++latest.current;
    try {
      const next = await read();
      if (ticket === latest.current) {
        current.current = next;
        setPane(next);
        setError(undefined);
      }
      return next;
    } catch (e) {
      if (ticket === latest.current) setError(e);
      throw e;
    }
  }, []);

  const readWhole = useCallback(async (): Promise<PaneRead | null> => {
    const read = await gateway.readWorkbook();
    return read ? interpretRead(read, reading.current.catalogue, newKey, reading.current.memo) : null;
  }, [gateway, newKey]);

  const reload = useCallback(() => settle(readWhole), [settle, readWhole]);

  const update = useCallback(
    (changes: readonly WorkbookChange[]) =>
      settle(async () => {
        const before = current.current;
        const edited = before ? await readEdited(gateway, before.workbook, changes) : undefined;
        return edited ? interpretRead(edited, reading.current.catalogue, newKey, reading.current.memo) : readWhole();
      }),
    [settle, readWhole, gateway, newKey],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: WorkbookChange[] = [];
    // A fresh handler per subscription: removing an earlier one must not remove this one.
    const subscriptions = [
      gateway.onSelectionChanged((next) => setSelection(next)),
      gateway.onChanged((change) => {
        pending.push(change);
        clearTimeout(timer);
        timer = setTimeout(() => {
          const changes = pending;
          pending = [];
          void update(changes).catch(() => undefined);
        }, CHANGE_DEBOUNCE_MS);
      }),
    ];
    // Read on start, and again whenever the catalogue changes (a category of the school's own agreed).
    void reload().catch(() => undefined);
    return () => {
      clearTimeout(timer);
      subscriptions.forEach((s) => void s.then((sub) => sub.remove()).catch(() => undefined));
    };
  }, [gateway, reload, update, catalogue]);

  return { pane, selection, error, reload };
}
