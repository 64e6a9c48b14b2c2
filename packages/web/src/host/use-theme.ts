import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { toThemeName, type ThemeName } from './host-kind.js';
import type { HostLink } from './teams-host.js';

type ThemeKey = `teams-${ThemeName}` | 'web-light' | 'web-dark';

// Each theme is a chunk of its own (~10 KB of tokens apiece): a tab loads the one it shows, another on a switch.
const THEMES: Readonly<Record<ThemeKey, () => Promise<{ theme: Theme }>>> = {
  'teams-light': () => import('./themes/teams-light.js'),
  'teams-dark': () => import('./themes/teams-dark.js'),
  'teams-contrast': () => import('./themes/teams-high-contrast.js'),
  'web-light': () => import('./themes/web-light.js'),
  'web-dark': () => import('./themes/web-dark.js'),
};

/**
 * The Fluent theme: inside Teams/Outlook the host's (Teams light, dark, high contrast), following its switches
 * live; a plain browser follows `prefers-color-scheme`. Undefined until the first one has loaded; on a switch the
 * current theme stays until the next has loaded.
 */
export function useTheme(link: HostLink | undefined): Theme | undefined {
  const key = useThemeKey(link);
  const [theme, setTheme] = useState<Theme | undefined>();
  useEffect(() => {
    let live = true;
    void THEMES[key]().then((module) => {
      if (live) setTheme(module.theme);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return theme;
}

function useThemeKey(link: HostLink | undefined): ThemeKey {
  const [hostTheme, setHostTheme] = useState<ThemeName>(() => toThemeName(link?.theme));
  const prefersDark = usePrefersDark();
  useEffect(() => {
    if (link === undefined) return;
    setHostTheme(toThemeName(link.theme));
    link.onThemeChange((theme) => setHostTheme(toThemeName(theme)));
  }, [link]);
  if (link !== undefined) return `teams-${hostTheme}`;
  return prefersDark ? 'web-dark' : 'web-light';
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
