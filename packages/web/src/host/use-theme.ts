import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { toThemeName, type ThemeName } from './host-kind.js';
import { onHostThemeChange } from './teams-host.js';
import type { HostState } from './use-host.js';

/**
 * The Fluent theme for the host: Teams/Outlook themes follow the host (and its theme switches);
 * a plain browser follows `prefers-color-scheme`.
 */
export function useTheme(host: HostState): Theme {
  const inHost = host.phase === 'ready' && host.host !== 'browser';
  const hostTheme = host.phase === 'ready' ? host.context?.app.theme : undefined;
  const [teamsTheme, setTeamsTheme] = useState<ThemeName>(toThemeName(hostTheme));
  const prefersDark = usePrefersDark();

  useEffect(() => {
    if (!inHost) return;
    setTeamsTheme(toThemeName(hostTheme));
    onHostThemeChange((theme) => setTeamsTheme(toThemeName(theme)));
  }, [inHost, hostTheme]);

  if (inHost) {
    return teamsTheme === 'dark' ? teamsDarkTheme : teamsTheme === 'contrast' ? teamsHighContrastTheme : teamsLightTheme;
  }
  return prefersDark ? webDarkTheme : webLightTheme;
}

function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => darkQuery()?.matches ?? false);
  useEffect(() => {
    const query = darkQuery();
    if (query === undefined) return;
    const update = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return dark;
}

function darkQuery(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined;
}
