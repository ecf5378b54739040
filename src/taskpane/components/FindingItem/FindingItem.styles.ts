import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingItemStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // A plain-language suggestion is advice: an outline, no fill, no primary button.
  suggestionItem: {
    backgroundColor: 'transparent',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
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
  disclosure: { minWidth: 0, color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorStatusDangerForeground1, fontSize: '16px', flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorStatusWarningForeground1, fontSize: '16px', flexShrink: 0, marginTop: '2px' },
  info: { color: tokens.colorBrandForeground1, fontSize: '16px', flexShrink: 0, marginTop: '2px' },
});
