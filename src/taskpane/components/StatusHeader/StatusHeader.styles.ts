import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusHeaderStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, minHeight: '24px' },
  ready: { color: tokens.colorStatusSuccessForeground1, fontSize: '20px' },
  error: { color: tokens.colorStatusDangerForeground1, fontSize: '20px' },
  warning: { color: tokens.colorStatusWarningForeground1, fontSize: '20px' },
  secondary: { color: tokens.colorNeutralForeground2 },
});
