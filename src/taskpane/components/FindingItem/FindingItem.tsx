import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { Finding, Fix } from '../../../engine/types';
import { formatFinding } from '../../../engine/i18n';
import { useLang, useT } from '../../hooks/useLang';
import { fixLabel } from '../../labels';
import { useFindingItem } from './useFindingItem';
import { useFindingItemStyles } from './FindingItem.styles';

export type FindingItemProps = {
  finding: Finding;
  /** Stable key of this finding (fix running state, ignoring a suggestion). */
  itemKey: string;
  /** The fix of this finding is running now. */
  running: boolean;
  /** Some fix is running: no other may start until it ends. */
  disabled: boolean;
  onFix: (key: string, fix: Fix) => void;
  onIgnore: (key: string) => void;
};

const SEVERITY_ICON = { error: ErrorCircleRegular, warning: WarningRegular, info: InfoRegular } as const;

/** One finding: its message, its fix, and (on demand) the line of the standard behind it. */
export function FindingItem({ finding, itemKey, running, disabled, onFix, onIgnore }: FindingItemProps): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const styles = useFindingItemStyles();
  const { expanded, toggle, standard, docs, messageId, detailsId } = useFindingItem(finding, itemKey, lang);
  const Icon = SEVERITY_ICON[finding.severity];
  const fix = finding.fix;

  return (
    <li className={styles.root} data-rule={finding.ruleId} data-severity={finding.severity}>
      <div className={styles.main}>
        <Icon className={styles[finding.severity]} aria-hidden />
        <Text id={messageId} className={styles.message}>
          {formatFinding(lang, finding)}
        </Text>
      </div>
      {fix?.kind === 'replaceText' ? (
        <Text className={styles.suggestion}>{t('pane.finding.suggestion', { from: fix.from, to: fix.to })}</Text>
      ) : null}
      <div className={styles.actions}>
        {fix ? (
          <Button size="small" appearance="primary" disabled={disabled} aria-describedby={messageId} onClick={() => onFix(itemKey, fix)}>
            {running ? `${fixLabel(t, fix)}…` : fixLabel(t, fix)}
          </Button>
        ) : null}
        {fix?.kind === 'replaceText' ? (
          <Button size="small" appearance="secondary" disabled={disabled} aria-describedby={messageId} onClick={() => onIgnore(itemKey)}>
            {t('pane.fix.ignore')}
          </Button>
        ) : null}
        {standard ? (
          <Button
            size="small"
            appearance="subtle"
            icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={toggle}
          >
            {t('pane.finding.standard')}
          </Button>
        ) : null}
      </div>
      {standard && expanded ? (
        <div id={detailsId} className={styles.details}>
          <Text block>{t(`pane.finding.doc.${standard.doc}`)}</Text>
          <Text block>{t('pane.finding.cite', { cite: standard.cite, line: standard.line })}</Text>
          {docs ? <Text block>{docs}</Text> : null}
          <Text block className={styles.rule}>
            {t('pane.finding.rule', { rule: finding.ruleId })}
          </Text>
        </div>
      ) : null}
    </li>
  );
}
