import { makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';

import { ErrorBar } from '../../ui/common/error-bar';
import { HostShell } from '../../ui/common/host-shell';
import { type Services, ServicesProvider } from '../../ui/common/services-context';
import { Loading } from '../../ui/common/states';
import { useAsync } from '../../ui/common/use-async';
import { ViewRouter } from '../../ui/common/view-router';
import { tabSettingsFrom } from '../../ui/config/tab-settings';
import { createQueryClient } from '../query-client';
import { ProvideTabPorts, type TabPorts } from './tab-ports';
import { tabViews } from './views';
import type { HostAdapter } from '../../host/host-types';

// First load is React and Fluent only: the data layer (with the Graph SDK) and the catalogue come after.
async function loadServices(host: HostAdapter): Promise<{ services: Services; ports: TabPorts }> {
  const [{ createServices }, { createTabPorts }] = await Promise.all([import('../services'), import('./ports')]);
  const { data, config: _config, ...services } = await createServices(host);
  return { services, ports: createTabPorts(data) };
}
const MeetingStageView = lazy(() => import('../../ui/review/meeting-stage/meeting-stage-view').then((m) => ({ default: m.MeetingStageView })));

/**
 * The Teams tab (also the meeting's chat and details tabs and its side panel, and the meeting stage): services
 * built once, then the view router — or, on the meeting stage, the shared row.
 */
export function TabApp(props: { host: HostAdapter }): ReactNode {
  const { host } = props;
  const services = useAsync(() => loadServices(host), [host]);
  const [queryClient] = useState(createQueryClient);
  const query = new URLSearchParams(window.location.search);
  const onStage = host.context.frame === 'meetingStage' || query.get('stage') === 'row';
  const settings = tabSettingsFrom(window.location.search);
  const settled = services.status !== 'loading';

  useEffect(() => {
    if (settled) host.notifyReady();
  }, [settled, host]);

  return (
    <HostShell
      host={host}
      title={onStage ? 'Internal leadership review' : 'Waypoint'}
      subtitle={onStage || host.context.frame === 'sidePanel' ? undefined : subtitleFor(host)}
    >
      {services.status === 'loading' ? <Loading label="Connecting to the team's site" /> : null}
      {services.status === 'failed' ? (
        <ErrorBar title="Waypoint could not start" error={services.error} onRetry={services.reload} />
      ) : null}
      {services.status === 'ready' ? (
        <QueryClientProvider client={queryClient}>
        <ServicesProvider value={services.value.services}>
        <ProvideTabPorts ports={services.value.ports}>
          {services.value.services.user.readOnly && !onStage ? <ReadOnlyNote /> : null}
          {onStage ? (
            <Suspense fallback={<Loading label="Opening the row" />}>
              <MeetingStageView reviewId={query.get('review')} rowId={query.get('row')} />
            </Suspense>
          ) : (
            <ViewRouter views={tabViews} opensOn={settings.opensOn} showNavigation={host.context.frame !== 'sidePanel'} />
          )}
        </ProvideTabPorts>
        </ServicesProvider>
        </QueryClientProvider>
      ) : null}
    </HostShell>
  );
}

const useStyles = makeStyles({
  // Not part of a printed board paper.
  note: { '@media print': { display: 'none' } },
});

/** Said once, above every view, when the team's site lets this person read but not change Waypoint's lists. */
function ReadOnlyNote(): ReactNode {
  const styles = useStyles();
  return (
    <MessageBar className={styles.note} intent="info" layout="multiline">
      <MessageBarBody>
        You can read everything here, but the team&apos;s site lets you view Waypoint&apos;s lists, not change them, so
        there is nothing to edit. If you should be able to make changes, ask a team owner for edit access.
      </MessageBarBody>
    </MessageBar>
  );
}

function subtitleFor(host: HostAdapter): string {
  const team = host.context.teamName;
  return team ? `Careers leadership for ${team}` : 'Careers leadership: internal leadership review, plan and governors’ report';
}
