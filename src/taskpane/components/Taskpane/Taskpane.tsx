import * as React from 'react';
import { Button, MessageBar, Spinner, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { DismissRegular, WrenchRegular } from '@fluentui/react-icons';
import type { ComposeAdapter } from '../../../office/types';
import type { PolicyState } from '../../../policy/load';
import type { AnyRule } from '../../../engine/types';
import { useT } from '../../hooks/useLang';
import { describeError, fixLabel } from '../../labels';
import { isSafeFix } from '../../hooks/useFixes';
import { FindingList } from '../FindingList';
import { PaneTabs } from '../PaneTabs';
import { ReadabilityMeter } from '../ReadabilityMeter';
import { quotedMessageDate } from '../../../engine/deadlines';
import { Settings } from '../Settings';
import { StatusHeader } from '../StatusHeader';
import { useTaskpane, type PaneTab } from './useTaskpane';
import { useTaskpaneStyles } from './Taskpane.styles';

// The Deadline and Templates tabs load when first opened, so that what the pane loads at start
// (the Check tab) stays within its bundle budget (build/size-budget.cjs counts the initial files).
const DeadlinePanel = React.lazy(() => import('../DeadlinePanel').then((m) => ({ default: m.DeadlinePanel })));
const TemplatesPanel = React.lazy(() => import('../TemplatesPanel').then((m) => ({ default: m.TemplatesPanel })));

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
  const { check, fixes, visible, ignore, tab, setTab, settings } = useTaskpane(adapter, policy, rules);
  const safe = visible.filter((k) => isSafeFix(k.finding.fix));
  // The deadline helper answers a letter: shown on replies only (SPEC § 9).
  const isReply = check.message?.composeType === 'reply';
  const tabs: PaneTab[] = isReply ? ['check', 'settings', 'templates', 'deadline'] : ['check', 'settings', 'templates'];
  const shown = tab === 'deadline' && !isReply ? 'check' : tab;
  // Focus follows to the Settings tab, so the keyboard is not left on a control that is gone.
  const openSettings = () => {
    setTab('settings');
    document.getElementById('tab-settings')?.focus();
  };

  return (
    <Landmark className={styles.root} aria-labelledby="pane-title">
      <header className={styles.header}>
        <h1 id="pane-title" className={styles.title}>
          {t('pane.title')}
        </h1>
        <StatusHeader findings={check.result ? visible.map((k) => k.finding) : undefined} loading={check.loading} />
      </header>
      <PaneTabs tabs={tabs.map((value) => ({ value, label: t(`pane.tab.${value}`) }))} selected={shown} onSelect={setTab} label={t('pane.tabs')} />

      {/* Only the open view is in the page: nothing hidden can take focus or be read out. */}
      {shown === 'check' ? (
        <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" className={styles.panel}>
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

          <FindingList
            findings={visible}
            running={fixes.running}
            onFix={(key, fix) => void fixes.applyFix(key, fix)}
            onIgnore={ignore}
            plainHeader={check.result ? <ReadabilityMeter body={check.result.body} /> : undefined}
          />
        </div>
      ) : null}

      {shown === 'deadline' ? (
        <div role="tabpanel" id="panel-deadline" aria-labelledby="tab-deadline" className={styles.panel}>
          <React.Suspense fallback={<Spinner size="small" label={t('pane.loading')} />}>
            <DeadlinePanel adapter={adapter} today={today} receivedFromThread={check.result ? quotedMessageDate(check.result.body) : undefined} />
          </React.Suspense>
        </div>
      ) : null}

      {shown === 'templates' ? (
        <div role="tabpanel" id="panel-templates" aria-labelledby="tab-templates" className={styles.panel}>
          {/* Until the first check has loaded the profile, no field is called missing. */}
          <React.Suspense fallback={<Spinner size="small" label={t('pane.loading')} />}>
            <TemplatesPanel adapter={adapter} profile={check.loading && !check.result ? undefined : check.profile} onOpenSettings={openSettings} today={today} />
          </React.Suspense>
        </div>
      ) : null}

      {shown === 'settings' ? (
        <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" className={styles.panel}>
          <Settings policy={policy} settings={settings} />
        </div>
      ) : null}
    </Landmark>
  );
}
