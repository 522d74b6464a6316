import { useEffect, useState } from 'react';
import type { HostAdapter, HostTheme } from '../../host/host-types';


/** The host's theme, followed live (Teams' theme change, or the system's colour scheme in a plain browser). */
export function useHostTheme(host: HostAdapter | undefined): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(host?.context.theme ?? 'default');
  useEffect(() => {
    if (!host) return undefined;
    setTheme(host.context.theme);
    return host.onThemeChange(setTheme);
  }, [host]);
  return theme;
}
