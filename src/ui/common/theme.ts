import { type Theme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import type { HostTheme } from '../../host/host-types';

// Light is in every page's first download; the dark and high-contrast tokens (each with its colour palette) are
// fetched only by someone who uses them.
const loaders: Readonly<Record<Exclude<HostTheme, 'default'>, () => Promise<Theme>>> = {
  dark: () => import('@fluentui/react-components').then((m) => m.webDarkTheme),
  contrast: () => import('@fluentui/react-components').then((m) => m.teamsHighContrastTheme),
};
const loaded = new Map<HostTheme, Theme>([['default', webLightTheme]]);

/** Teams' three themes onto Fluent's: light and dark follow the web themes, contrast the Teams high-contrast one. */
export async function loadFluentTheme(theme: HostTheme): Promise<Theme> {
  const known = loaded.get(theme);
  if (known || theme === 'default') return known ?? webLightTheme;
  const fetched = await loaders[theme]();
  loaded.set(theme, fetched);
  return fetched;
}

/**
 * The Fluent theme for the host's, once its tokens are here. While a newly chosen theme is fetched the one on screen
 * stays; before any is shown (a page opening dark) it is undefined, so nothing flashes light first.
 */
export function useFluentTheme(theme: HostTheme): Theme | undefined {
  const [shown, setShown] = useState(() => loaded.get(theme));
  useEffect(() => {
    let current = true;
    loadFluentTheme(theme).then(
      (t) => current && setShown(t),
      // Its tokens could not be fetched (offline): keep the theme on screen, or light.
      () => current && setShown((s) => s ?? webLightTheme),
    );
    return () => {
      current = false;
    };
  }, [theme]);
  return loaded.get(theme) ?? shown;
}
