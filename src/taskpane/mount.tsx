/**
 * Mounts the task pane into a page: the Office task pane (index.tsx) and the browser preview
 * both call this with their own adapter. Returns a function that unmounts it.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import type { ComposeAdapter } from '../office/types';
import type { PolicyState } from '../policy/load';
import type { AnyRule } from '../engine/types';
import { langFromLocale, type Lang } from '../engine/i18n';
import { LangContext } from './hooks/useLang';
import { Taskpane } from './components/Taskpane';
import { themeFor } from './theme';

export type MountOptions = {
  adapter: ComposeAdapter;
  policy: PolicyState;
  /** Default: from Outlook's display language (Polish unless it is another language). */
  lang?: Lang;
  /** The rules to run (default: every rule of the engine). */
  rules?: readonly AnyRule[];
  /** Today as YYYY-MM-DD for the deadline helper (default: the clerk's local date). */
  today?: string;
  /**
   * The pane is part of a bigger page (the preview) whose own `main` is the compose window: the
   * pane is then a labelled region, since a page has one top-level main landmark.
   */
  embedded?: boolean;
};

export function TaskpaneRoot({ adapter, policy, lang, rules, today, embedded }: MountOptions): React.ReactElement {
  const language = lang ?? langFromLocale(adapter.displayLanguage());
  // The theme Office had at mount, then every change the clerk makes while the pane is open.
  const [officeTheme, setOfficeTheme] = React.useState(() => adapter.theme());
  React.useEffect(() => adapter.onThemeChange?.(setOfficeTheme), [adapter]);
  return (
    <FluentProvider theme={themeFor(officeTheme)} lang={language}>
      <LangContext.Provider value={language}>
        <Taskpane adapter={adapter} policy={policy} rules={rules} today={today} embedded={embedded} />
      </LangContext.Provider>
    </FluentProvider>
  );
}

export function mountTaskpane(container: Element, options: MountOptions): () => void {
  const root = createRoot(container);
  root.render(<TaskpaneRoot {...options} />);
  return () => root.unmount();
}
