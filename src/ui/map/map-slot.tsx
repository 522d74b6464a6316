import { type ReactNode, useMemo } from 'react';

import { useServices } from '../common/services-context';
import { useDataContext } from '../plan/parts/use-data-context';
import { createProvisionMapData } from './map-data-adapter';
import { MapView } from './map-view';

/** The tab's 'map' view: the provision map the Excel pane publishes, editable here by editors. */
export default function MapSlot(): ReactNode {
  const { user } = useServices();
  const ctx = useDataContext();
  const data = useMemo(() => createProvisionMapData(ctx), [ctx]);
  return <MapView data={data} canEdit={!user.readOnly} />;
}
