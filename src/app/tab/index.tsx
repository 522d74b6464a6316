import { Shell } from '../../ui/shell';
import { mount } from '../mount';

mount(<Shell title="Waypoint" subtitle="Careers Impact internal leadership review, strategic careers plan and governors' report" />);
