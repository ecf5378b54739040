import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { DismissRegular, SettingsRegular, WrenchRegular } from '@fluentui/react-icons';
import type { ComposeAdapter } from '../../../office/types';
import type { PolicyState } from '../../../policy/load';
import type { AnyRule } from '../../../engine/types';
import { useT } from '../../hooks/useLang';
import { describeError, fixLabel } from '../../labels';
import { isSafeFix } from '../../hooks/useFixes';
import { FindingList } from '../FindingList';
import { FixAllSummary } from '../FixAllSummary';
import { PaneTabs } from '../PaneTabs';
import { StatusHeader } from '../StatusHeader';
import { useTaskpane, type PaneTab } from './useTaskpane';
import { useTaskpaneStyles } from './Taskpane.styles';

// Only the Check view is on the first screen: the other views load when first opened, so the
// pane's first bundle stays small (contract § 7: task pane ≤ 200 KB gzip).
const TemplatesTab = React.lazy(() => import('../TemplatesPanel/TemplatesTab').then((m) => ({ default: m.TemplatesTab })));
const DeadlineTab = React.lazy(() => import('../DeadlinePanel/DeadlineTab').then((m) => ({ default: m.DeadlineTab })));
// The readability meter sits in the folded plain-language group: it loads when that opens.
const ReadabilityMeter = React.lazy(() => import('../ReadabilityMeter/ReadabilityMeter').then((m) => ({ default: m.ReadabilityMeter })));
const Settings = React.lazy(() => import('../Settings/Settings').then((m) => ({ default: m.Settings })));

export type TaskpaneProps = {
  adapter: ComposeAdapter;
  policy: PolicyState;
  /** The rules to run (default: every rule of the engine). */
  rules?: readonly AnyRule[];
  /** Today as YYYY-MM-DD for the deadline helper (default: the clerk's local date). */
  today?: string;
  /** Inside another page's main landmark (the preview): a region instead of main. */
  embedded?: boolean;
};

export function Taskpane({ adapter, policy, rules, today, embedded }: TaskpaneProps): React.ReactElement {
  const t = useT();
  const styles = useTaskpaneStyles();
  const Landmark = embedded ? 'section' : 'main';
  const { check, fixes, ready, visible, ignoredCount, ignoresReachSend, ignore, fix, focus, tab, setTab, settings } = useTaskpane(adapter, policy, rules);
  const safe = visible.filter((k) => isSafeFix(k.finding.fix));
  // The deadline helper answers a letter: shown on replies only (contract § 9).
  const isReply = check.message?.composeType === 'reply';
  const tabs: PaneTab[] = isReply ? ['check', 'templates', 'deadline', 'settings'] : ['check', 'templates', 'settings'];
  const shown = tab === 'deadline' && !isReply ? 'check' : tab;
  // Focus follows to the Settings tab, so the keyboard is not left on a control that is gone.
  const openSettings = () => {
    setTab('settings');
    document.getElementById('tab-settings')?.focus();
  };
  const loading = <Spinner size="small" label={t('pane.loading')} />;

  return (
    <Landmark ref={focus.root} className={styles.root} aria-labelledby="pane-title">
      <header className={styles.header}>
        <h1 id="pane-title" className={styles.title}>
          {t('pane.title')}
        </h1>
        <StatusHeader findings={ready ? visible.map((k) => k.finding) : undefined} loading={check.loading} ignored={ignoredCount} ignoredReachSend={ignoresReachSend} />
      </header>
      {/* Four labelled tabs do not fit 320 px in Polish: Settings, the one a clerk opens least, is a gear. */}
      <PaneTabs
        tabs={tabs.map((value) => ({ value, label: t(`pane.tab.${value}`), icon: value === 'settings' ? <SettingsRegular /> : undefined }))}
        selected={shown}
        onSelect={setTab}
        label={t('pane.tabs')}
      />

      {/* Only the open view is in the page: nothing hidden can take focus or be read out. */}
      {shown === 'check' ? (
        <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" className={styles.panel}>
          {policy.fallbackReason ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t(`pane.policy.${policy.fallbackReason}`)}</MessageBarTitle>
                {t(policy.source === 'cached' ? 'pane.policy.usingCached' : 'pane.policy.usingDefault')}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={openSettings}>
                  {t('pane.policy.details')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
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
          <FixAllSummary outcome={fixes.lastFixAll} busy={fixes.running !== null} onUndo={() => void fixes.undoFixAll()} />

          <FindingList
            findings={visible}
            standard={policy.config.standard}
            running={fixes.running}
            onFix={fix}
            onIgnore={ignore}
            plainHeader={
              check.result ? (
                <React.Suspense fallback={loading}>
                  <ReadabilityMeter body={check.result.body} />
                </React.Suspense>
              ) : undefined
            }
          />
        </div>
      ) : null}

      {shown === 'deadline' ? (
        <div role="tabpanel" id="panel-deadline" aria-labelledby="tab-deadline" className={styles.panel}>
          <React.Suspense fallback={loading}>
            <DeadlineTab adapter={adapter} today={today} body={check.result?.body} />
          </React.Suspense>
        </div>
      ) : null}

      {shown === 'templates' ? (
        <div role="tabpanel" id="panel-templates" aria-labelledby="tab-templates" className={styles.panel}>
          <React.Suspense fallback={loading}>
            {/* Until the first check has loaded the profile, no field is called missing. */}
            <TemplatesTab adapter={adapter} profile={check.loading && !check.result ? undefined : check.profile} onOpenSettings={openSettings} today={today} body={check.result?.body} />
          </React.Suspense>
        </div>
      ) : null}

      {shown === 'settings' ? (
        <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" className={styles.panel}>
          <React.Suspense fallback={loading}>
            <Settings policy={policy} settings={settings} />
          </React.Suspense>
        </div>
      ) : null}
    </Landmark>
  );
}
