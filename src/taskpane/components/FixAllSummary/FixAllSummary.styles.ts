import { makeStyles, tokens } from '@fluentui/react-components';

export const useFixAllSummaryStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});
