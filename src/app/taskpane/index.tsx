import { Shell } from '../../ui/shell';
import { mount } from '../mount';

mount(<Shell title="Provision map" subtitle="Plan careers activities by stage and year group, and publish them to the team's site" />);
