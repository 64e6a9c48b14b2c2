// One Fluent theme per chunk: a tab loads only the theme it shows (see use-theme.ts).
export { teamsDarkTheme as theme } from '@fluentui/react-components';
