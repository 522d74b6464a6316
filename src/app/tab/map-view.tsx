import type { ReactNode } from 'react';

import { createProvisionMapData } from '../../ui/map/data/adapter';
import { ProvideMapData } from '../../ui/map/data/queries';
import MapSlot from '../../ui/map/map-slot';
import { useViewPort } from './tab-ports';
import { ViewQueries } from './view-queries';

/** The tab's 'map' view with its port, loaded (data code and all) when first opened. */
export default function TabMapView(): ReactNode {
  return (
    <ViewQueries>
    <ProvideMapData port={useViewPort(createProvisionMapData)}>
      <MapSlot />
    </ProvideMapData>
    </ViewQueries>
  );
}
