import * as React from 'react';
import { Spinner, Text } from '@fluentui/react-components';
import { CheckmarkCircleFilled, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { Finding } from '../../../engine/types';
import { countBySeverity } from '../../../engine/runner';
import { useT } from '../../hooks/useLang';
import { useStatusHeaderStyles } from './StatusHeader.styles';

export type StatusHeaderProps = {
  findings: readonly Finding[] | undefined;
  loading: boolean;
  /** Findings the clerk ignored in this message: said, so that none disappears unnoticed. */
  ignored?: number;
  /** False where Outlook cannot pass the ignores on to the send check: then it may still mention them. */
  ignoredReachSend?: boolean;
};

/** The overall state in one line: ready to send, or how many errors and warnings are left. */
export function StatusHeader({ findings, loading, ignored = 0, ignoredReachSend = true }: StatusHeaderProps): React.ReactElement {
  const t = useT();
  const styles = useStatusHeaderStyles();
  const counts = countBySeverity(findings ?? []);
  const ready = counts.error === 0 && counts.warning === 0;

  let icon: React.ReactNode = null;
  let text = '';
  if (findings) {
    icon = ready ? (
      <CheckmarkCircleFilled className={styles.ready} aria-hidden />
    ) : counts.error > 0 ? (
      <ErrorCircleFilled className={styles.error} aria-hidden />
    ) : (
      <WarningFilled className={styles.warning} aria-hidden />
    );
    text = ready ? t('pane.status.ready') : t('pane.status.counts', { errors: counts.error, warnings: counts.warning });
  }

  return (
    <div className={styles.root}>
      {/* A polite live region: screen readers hear the new state after each check. */}
      {/* The focus lands here after an action leaves no finding (tabIndex -1: not a tab stop). */}
      <div id="pane-status" role="status" aria-live="polite" tabIndex={-1} className={styles.line}>
        {icon}
        <Text weight="semibold" size={400}>
          {text}
        </Text>
        {findings && counts.info > 0 ? <Text className={styles.secondary}>{t('pane.status.suggestions', { count: counts.info })}</Text> : null}
      </div>
      {findings && ignored > 0 ? <Text className={styles.secondary}>{t(ignoredReachSend ? 'pane.status.ignored' : 'pane.status.ignoredPaneOnly', { count: ignored })}</Text> : null}
      {loading ? <Spinner size="extra-tiny" label={t('pane.status.checking')} /> : null}
    </div>
  );
}
