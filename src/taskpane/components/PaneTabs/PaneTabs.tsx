import * as React from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { usePaneTabs } from './usePaneTabs';
import { usePaneTabsStyles } from './PaneTabs.styles';

/** A tab with an icon shows only the icon; its label is then its accessible name and tooltip. */
export type PaneTabItem<V extends string> = { value: V; label: string; icon?: React.ReactElement };

export type PaneTabsProps<V extends string> = {
  tabs: ReadonlyArray<PaneTabItem<V>>;
  selected: V;
  onSelect: (value: V) => void;
  label: string;
};

/**
 * The pane's views as an ARIA tab list (WAI-ARIA APG "tabs with automatic activation"): one tab
 * stop, arrow keys / Home / End move between tabs and show them. Hand-made rather than Fluent's
 * TabList because that one's focus manager (tabster) inserts focus traps that need a layout
 * engine; this one behaves the same in Outlook, the preview and the DOM tests.
 * The selected tab controls the element with id `panel-<value>` (only the open view is rendered);
 * each tab has the id `tab-<value>`, which names its panel.
 */
export function PaneTabs<V extends string>({ tabs, selected, onSelect, label }: PaneTabsProps<V>): React.ReactElement {
  const styles = usePaneTabsStyles();
  const { register, onKeyDown } = usePaneTabs(tabs, onSelect);
  return (
    <div role="tablist" aria-label={label} className={styles.root}>
      {tabs.map((tab) => {
        const isSelected = tab.value === selected;
        return (
          <Button
            key={tab.value}
            ref={register(tab.value)}
            role="tab"
            id={`tab-${tab.value}`}
            aria-selected={isSelected}
            aria-controls={isSelected ? `panel-${tab.value}` : undefined}
            tabIndex={isSelected ? 0 : -1}
            appearance="subtle"
            icon={tab.icon}
            aria-label={tab.icon ? tab.label : undefined}
            title={tab.icon ? tab.label : undefined}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(e) => onKeyDown(e, tab.value)}
          >
            {tab.icon ? null : tab.label}
          </Button>
        );
      })}
    </div>
  );
}
