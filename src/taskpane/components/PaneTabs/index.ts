export { PaneTabs, type PaneTabsProps, type PaneTabItem } from './PaneTabs';
