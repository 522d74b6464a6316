import { useEffect, useState } from 'react';

import type { RowTitle } from './guidance';

/**
 * The schools maturity model is the largest part of the catalogue and guidance only needs its row titles, so it
 * loads after the pane is on screen; until then the rows are named by number.
 */
export function useMaturityRowTitles(): RowTitle {
  const [titles, setTitles] = useState<RowTitle>(() => () => undefined);
  useEffect(() => {
    let live = true;
    void import('../../domain/catalogue/maturity-schools').then(({ schoolsModel }) => {
      const byId = new Map(schoolsModel.themes.flatMap((t) => t.rows.map((r) => [r.id, r.title] as const)));
      if (live) setTitles(() => (id: string) => byId.get(id));
    });
    return () => {
      live = false;
    };
  }, []);
  return titles;
}
