import { mount } from '../mount';
import { TabApp } from './tab-app';
import { connectHost } from '../../host/host';

async function main(): Promise<void> {
  mount(<TabApp host={await connectHost()} />);
}

void main();
