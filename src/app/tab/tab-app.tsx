import { makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';

import { ErrorBar } from '../../ui/common/error-bar';
import { HostShell } from '../../ui/common/host-shell';
import { ServicesProvider } from '../../ui/common/services-context';
import { Loading } from '../../ui/common/states';
import { useAsync } from '../../ui/common/use-async';
import { UnreachableBar, useRetryWhileUnreachable } from '../../ui/common/unreachable';
import { ViewRouter } from '../../ui/common/view-router';
import { tabSettingsFrom } from '../../ui/config/tab-settings';
import { isOnStage, type TabStart } from './start-tab';
import { ProvideTabPorts } from './tab-ports';
import { tabViews } from './views';
import type { HostAdapter } from '../../host/host-types';

const MeetingStageView = lazy(() => import('./review-stage'));

/**
 * The Teams tab (also the meeting's chat and details tabs and its side panel, and the meeting stage): services
 * built once, then the view router — or, on the meeting stage, the shared row.
 */
export function TabApp(props: { host: HostAdapter; start: TabStart }): ReactNode {
  const { host } = props;
  const query = new URLSearchParams(window.location.search);
  const onStage = isOnStage(host);
  const settings = tabSettingsFrom(window.location.search);
  const services = useAsync(props.start, [props.start]);
  const settled = services.status !== 'loading';
  // SharePoint out of reach at start-up: say so within seconds and keep trying.
  const unreachable = useRetryWhileUnreachable(services);

  useEffect(() => {
    if (settled) host.notifyReady();
  }, [settled, host]);

  return (
    <HostShell
      host={host}
      title={onStage ? 'Internal leadership review' : 'Waypoint'}
      subtitle={onStage || host.context.frame === 'sidePanel' ? undefined : subtitleFor(host)}
    >
      {unreachable && services.status !== 'ready' ? <UnreachableBar onRetry={services.reload} /> : null}
      {services.status === 'loading' && !unreachable ? <Loading label="Connecting to the team's site" /> : null}
      {services.status === 'failed' && !unreachable ? (
        <ErrorBar title="Waypoint could not start" error={services.error} onRetry={services.reload} />
      ) : null}
      {services.status === 'ready' ? (
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
