import { useMemo } from 'react';

import type { TemplateCatalogue } from '../../provision-template/catalogue';
import type { Selection } from '../../provision-template/workbook-gateway';
import { type Guidance, guidanceFor } from './guidance';
import type { PaneRead } from './pane-read';
import { useMaturityRowTitles } from './use-row-titles';

/** The guidance for the cell in hand, its maturity rows named once their titles have loaded. */
export function useGuidance(selection: Selection | null, pane: PaneRead | null, catalogue: TemplateCatalogue): Guidance {
  const rowTitle = useMaturityRowTitles();
  return useMemo(() => guidanceFor(selection, pane, catalogue, rowTitle), [selection, pane, catalogue, rowTitle]);
}
