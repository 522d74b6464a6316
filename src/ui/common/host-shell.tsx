import type { ReactNode } from 'react';

import { Shell } from './shell';
import { useHostTheme } from './use-host-theme';
import type { HostAdapter } from '../../host/host-types';

/** The shell with the host's theme followed live. */
export function HostShell(props: {
  host: HostAdapter;
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  children?: ReactNode;
}): ReactNode {
  const theme = useHostTheme(props.host);
  const compact = props.host.context.frame === 'sidePanel';
  return (
    <Shell title={props.title} subtitle={props.subtitle} theme={theme} compact={compact} actions={props.actions}>
      {props.children}
    </Shell>
  );
}
