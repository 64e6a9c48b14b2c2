import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { toThemeName, type ThemeName } from './host-kind.js';
import type { HostLink } from './teams-host.js';

const TEAMS_THEMES: Readonly<Record<ThemeName, Theme>> = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/**
 * The Fluent theme: inside Teams/Outlook the host's (Teams light, dark, high contrast), following its switches
 * live; a plain browser follows `prefers-color-scheme`.
 */
export function useTheme(link: HostLink | undefined): Theme {
  const [hostTheme, setHostTheme] = useState<ThemeName>(() => toThemeName(link?.theme));
  const prefersDark = usePrefersDark();
  useEffect(() => {
    if (link === undefined) return;
    setHostTheme(toThemeName(link.theme));
    link.onThemeChange((theme) => setHostTheme(toThemeName(theme)));
  }, [link]);
  if (link !== undefined) return TEAMS_THEMES[hostTheme];
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
