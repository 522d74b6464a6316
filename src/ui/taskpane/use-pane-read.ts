import { useCallback, useEffect, useRef, useState } from 'react';

import type { Selection, WorkbookGateway } from '../../host/excel/workbook-gateway';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { interpretRead, type PaneRead } from './pane-read';

/** Typing pauses this long before the table is read again (one sync) and the gaps recomputed. */
export const CHANGE_DEBOUNCE_MS = 400;

export interface PaneReadState {
  /** undefined while the first read is under way; null when the workbook has no template yet. */
  readonly pane: PaneRead | null | undefined;
  readonly selection: Selection | null;
  readonly error: unknown;
  /** Reads the workbook now (after our own writes), returning what it found. */
  readonly reload: () => Promise<PaneRead | null>;
}

/** Keeps the pane's reading of the workbook current: on start, after changes (debounced), and on demand. */
export function usePaneRead(gateway: WorkbookGateway, catalogue: TemplateCatalogue, newKey: () => string): PaneReadState {
  const [pane, setPane] = useState<PaneRead | null | undefined>(undefined);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const latest = useRef(0);

  const reload = useCallback(async (): Promise<PaneRead | null> => {
    const ticket = ++latest.current;
    try {
      const read = await gateway.readWorkbook();
      const next = read ? interpretRead(read, catalogue, newKey) : null;
      // A slower, older read must not overwrite a newer one.
      if (ticket === latest.current) {
        setPane(next);
        setError(undefined);
      }
      return next;
    } catch (e) {
      if (ticket === latest.current) setError(e);
      throw e;
    }
  }, [gateway, catalogue, newKey]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A fresh handler per subscription: removing an earlier one must not remove this one.
    const subscriptions = [
      gateway.onSelectionChanged((next) => setSelection(next)),
      gateway.onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload().catch(() => undefined), CHANGE_DEBOUNCE_MS);
      }),
    ];
    void reload().catch(() => undefined);
    return () => {
      clearTimeout(timer);
      subscriptions.forEach((s) => void s.then((sub) => sub.remove()).catch(() => undefined));
    };
  }, [gateway, reload]);

  return { pane, selection, error, reload };
}
