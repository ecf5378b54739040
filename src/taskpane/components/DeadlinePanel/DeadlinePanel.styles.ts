import { makeStyles, tokens } from '@fluentui/react-components';

export const useDeadlinePanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  rule: { color: tokens.colorNeutralForeground2 },
});
