import type { ReactNode } from 'react';

import { todayIso } from '../../ui/common/ids';
import { createImpactData } from '../../ui/impact/data/adapter';
import { ProvideImpactData } from '../../ui/impact/data/queries';
import { ImpactRowFigures } from '../../ui/impact/row-figures';
import { useViewPort } from './tab-ports';

/**
 * The impact figures beside a maturity row in the review, with their port (the page's query cache is the
 * review view's): its own chunk, loaded when a row shows.
 */
export default function ImpactRowSlot(props: { rowId: string }): ReactNode {
  return (
    <ProvideImpactData port={useViewPort(createImpactData)}>
      <ImpactRowFigures rowId={props.rowId} today={todayIso()} />
    </ProvideImpactData>
  );
}
