import { Shell } from '../../ui/shell';
import { mount } from '../mount';

mount(<Shell title="Waypoint tab settings" subtitle="Choose the maturity model and what this tab opens on" />);
