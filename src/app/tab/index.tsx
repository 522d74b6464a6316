import { mount } from '../mount';
import { startTab } from './start-tab';
import { TabApp } from './tab-app';
import { connectHost } from '../../host/host';

async function main(): Promise<void> {
  const host = await connectHost();
  mount(<TabApp host={host} start={startTab(host)} />);
}

void main();
