import type { ReactNode } from 'react';

import { todayIso } from '../../ui/common/ids';
import { useServices } from '../../ui/common/services-context';
import { createImpactData } from '../../ui/impact/data/adapter';
import { ProvideImpactData } from '../../ui/impact/data/queries';
import { ImpactView } from '../../ui/impact/impact-view';
import { useViewPort } from './tab-ports';
import { ViewQueries } from './view-queries';

/** The tab's 'impact' view with its port, loaded (data code and all) when first opened. */
export default function TabImpactView(): ReactNode {
  const { user } = useServices();
  return (
    <ViewQueries>
      <ProvideImpactData port={useViewPort(createImpactData)}>
        <ImpactView canEdit={!user.readOnly} today={todayIso()} />
      </ProvideImpactData>
    </ViewQueries>
  );
}
