import { makeStyles, tokens } from '@fluentui/react-components';

/** The look every inline settings popover shares. */
export const usePopoverStyles = makeStyles({
  surface: {
    boxSizing: 'border-box',
    width: '340px',
    maxWidth: 'calc(100vw - 24px)',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  trigger: { minWidth: 'auto', paddingInline: tokens.spacingHorizontalXS, verticalAlign: 'baseline' },
});
