import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Tab, TabList, Text } from '@fluentui/react-components';
import { DismissRegular, WrenchRegular } from '@fluentui/react-icons';
import type { ComposeAdapter } from '../../../office/types';
import type { PolicyState } from '../../../policy/load';
import type { AnyRule } from '../../../engine/types';
import { useT } from '../../hooks/useLang';
import { describeError, fixLabel } from '../../labels';
import { isSafeFix } from '../../hooks/useFixes';
import { FindingList } from '../FindingList';
import { Settings } from '../Settings';
import { StatusHeader } from '../StatusHeader';
import { useTaskpane, type PaneTab } from './useTaskpane';
import { useTaskpaneStyles } from './Taskpane.styles';

export type TaskpaneProps = {
  adapter: ComposeAdapter;
  policy: PolicyState;
  /** The rules to run (default: every rule of the engine). */
  rules?: readonly AnyRule[];
};

export function Taskpane({ adapter, policy, rules }: TaskpaneProps): React.ReactElement {
  const t = useT();
  const styles = useTaskpaneStyles();
  const { check, fixes, visible, ignore, tab, setTab, profileKnown } = useTaskpane(adapter, policy, rules);
  const safe = visible.filter((k) => isSafeFix(k.finding.fix));
  const tabs: PaneTab[] = ['check', 'settings'];

  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <header className={styles.header}>
        <h1 id="pane-title" className={styles.title}>
          {t('pane.title')}
        </h1>
        <StatusHeader findings={check.result ? visible.map((k) => k.finding) : undefined} loading={check.loading} />
      </header>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PaneTab)} aria-label={t('pane.tabs')}>
        {tabs.map((value) => (
          <Tab key={value} value={value} id={`tab-${value}`} aria-controls={`panel-${value}`}>
            {t(`pane.tab.${value}`)}
          </Tab>
        ))}
      </TabList>

      <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={tab !== 'check'} className={styles.panel}>
        {check.error ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('pane.error.read')}</MessageBarTitle>
              {describeError(t, check.error)}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => void check.recheck()}>
                {t('pane.error.retry')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {check.profileError ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('pane.error.profile')}</MessageBarTitle>
              {describeError(t, check.profileError)}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {fixes.failure ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('pane.fix.failed', { fix: fixLabel(t, fixes.failure.fix) })}</MessageBarTitle>
              {describeError(t, fixes.failure.error)}
            </MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t('pane.error.dismiss')} onClick={fixes.dismissFailure} />}
            />
          </MessageBar>
        ) : null}
        {check.result && check.result.failedRules.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('pane.failedRules', { rules: check.result.failedRules.join(', ') })}</MessageBarBody>
          </MessageBar>
        ) : null}

        {safe.length > 0 ? (
          <div>
            <Button appearance="primary" icon={<WrenchRegular />} disabled={fixes.running !== null} onClick={() => void fixes.fixAllSafe(visible.map((k) => k.finding))}>
              {t('pane.fixAll')}
            </Button>
          </div>
        ) : null}
        <div aria-live="polite">{fixes.appliedAll !== undefined && fixes.appliedAll > 0 ? <Text>{t('pane.fixAll.done', { count: fixes.appliedAll })}</Text> : null}</div>

        <FindingList findings={visible} running={fixes.running} onFix={(key, fix) => void fixes.applyFix(key, fix)} onIgnore={ignore} />
      </div>

      <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" hidden={tab !== 'settings'} className={styles.panel}>
        {/* Mounted again once the stored profile is known, so the form starts from it. */}
        <Settings key={profileKnown ? 'known' : 'empty'} adapter={adapter} policy={policy} initialProfile={check.profile} onSaved={() => void check.recheck()} />
      </div>
    </main>
  );
}
