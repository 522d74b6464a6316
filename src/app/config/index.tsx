import { HostShell } from '../../ui/common/host-shell';
import { ConfigPage } from '../../ui/config/config-page';
import { mount } from '../mount';
import { connectHost } from '../../host/host';

async function main(): Promise<void> {
  const host = await connectHost();
  mount(
    <HostShell host={host} title="Waypoint tab settings" subtitle="Choose the maturity model and what this tab opens on">
      <ConfigPage host={host} />
    </HostShell>,
  );
  host.notifyReady();
}

void main();
