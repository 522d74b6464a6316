import { mount } from '../mount';
import { startTab, TabApp } from './tab-app';
import { connectHost } from '../../host/host';

async function main(): Promise<void> {
  const host = await connectHost();
  mount(<TabApp host={host} start={startTab(host)} />);
}

void main();
