import { connectHost } from '../../host/host';
import { mount } from '../mount';
import { TabApp } from './tab-app';

async function main(): Promise<void> {
  mount(<TabApp host={await connectHost()} />);
}

void main();
