import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingItemStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  message: { flexGrow: 1 },
  suggestion: { fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalXXL },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    marginLeft: tokens.spacingHorizontalXXL,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
  rule: { fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorStatusDangerForeground1, fontSize: '16px', flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorStatusWarningForeground1, fontSize: '16px', flexShrink: 0, marginTop: '2px' },
  info: { color: tokens.colorBrandForeground1, fontSize: '16px', flexShrink: 0, marginTop: '2px' },
});
