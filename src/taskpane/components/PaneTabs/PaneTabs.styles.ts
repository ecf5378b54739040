import { makeStyles, tokens } from '@fluentui/react-components';

const FORCED = '@media (forced-colors: active)';

export const usePaneTabsStyles = makeStyles({
  // One line at 320 px with four short labels: compact tabs that share the width, never wrap.
  root: {
    display: 'flex',
    flexWrap: 'nowrap',
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    minWidth: 0,
    flexShrink: 1,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    whiteSpace: 'nowrap',
    borderBottomLeftRadius: 0,
    borderBottomRightRadius: 0,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    fontWeight: tokens.fontWeightRegular,
    // Forced colours draw every border: the tabs set their own system colours, so only the
    // selected one has a line under it.
    [FORCED]: { forcedColorAdjust: 'none', backgroundColor: 'ButtonFace', color: 'ButtonText', borderBottomColor: 'transparent' },
  },
  selected: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    // Not by weight alone: a Highlight-coloured bar under the selected tab.
    [FORCED]: { borderBottomColor: 'Highlight', color: 'ButtonText' },
  },
});
