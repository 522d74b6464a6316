import { teamsHighContrastTheme, type Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { HostTheme } from '../../host/host-types';


/** Teams' three themes onto Fluent's: light and dark follow the web themes, contrast the Teams high-contrast one. */
export function fluentTheme(theme: HostTheme): Theme {
  switch (theme) {
    case 'dark':
      return webDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return webLightTheme;
  }
}
