import type { ReactNode } from 'react';

import { useServices } from '../common/services-context';
import { MapView } from './map-view';

/** The tab's 'map' view: the provision map the Excel pane publishes, editable here by editors. */
export default function MapSlot(): ReactNode {
  const { user } = useServices();
  return <MapView canEdit={!user.readOnly} />;
}
