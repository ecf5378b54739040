import * as React from 'react';
import { Button, Link, Text, mergeClasses } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { Finding, Fix } from '../../../engine/types';
import type { EngineConfig } from '../../../engine/config';
import { formatFinding, hasMessage } from '../../../engine/i18n';
import { useLang, useT } from '../../hooks/useLang';
import { fixLabel } from '../../labels';
import { fixesOf, useFindingItem } from './useFindingItem';
import { useFindingItemStyles } from './FindingItem.styles';

export type FindingItemProps = {
  finding: Finding;
  /** Stable key of this finding (fix running state, ignoring it). */
  itemKey: string;
  /** The office's own standard from the policy, cited under the finding. */
  standard: EngineConfig['standard'];
  /** The fix of this finding is running now. */
  running: boolean;
  /** Some fix is running: no other may start until it ends. */
  disabled: boolean;
  /** The finding may be a false alarm: it can be ignored for this message. */
  ignorable: boolean;
  onFix: (key: string, fix: Fix) => void;
  onIgnore: (key: string) => void;
};

const SEVERITY_ICON = { error: ErrorCircleRegular, warning: WarningRegular, info: InfoRegular } as const;

/**
 * One finding: its message, at most one primary action, "Ignoruj" where it may be a false
 * alarm, and (on demand) the office's standard behind it with a plain reason. Suggestions
 * (info) look calmer: no fill, no primary button. The item can take the focus (tabIndex -1):
 * after an action the pane moves the focus to the next finding.
 */
export function FindingItem({ finding, itemKey, standard, running, disabled, ignorable, onFix, onIgnore }: FindingItemProps): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const styles = useFindingItemStyles();
  const { expanded, toggle, messageId, detailsId, disclosureId } = useFindingItem(itemKey);
  const Icon = SEVERITY_ICON[finding.severity];
  const fixes = fixesOf(finding);
  const suggestion = finding.severity === 'info';
  const cite = standard?.refs[finding.ruleId];
  const whyId = `why.${finding.ruleId}`;
  const safeUrl = standard?.url?.startsWith('https://') ? standard.url : undefined;

  return (
    <li
      className={mergeClasses(styles.root, suggestion && styles.suggestionItem)}
      data-rule={finding.ruleId}
      data-severity={finding.severity}
      data-finding-key={itemKey}
      tabIndex={-1}
      aria-labelledby={messageId}
    >
      <div className={styles.main}>
        <Icon className={styles[finding.severity]} aria-hidden />
        <Text id={messageId} className={styles.message}>
          {formatFinding(lang, finding)}
        </Text>
      </div>
      {finding.fix?.kind === 'replaceText' ? (
        <Text className={styles.suggestion}>{t('pane.finding.suggestion', { from: finding.fix.from, to: finding.fix.to })}</Text>
      ) : null}
      <div className={styles.actions}>
        {fixes.map((fix, i) => (
          <Button
            key={i}
            size="small"
            appearance={i === 0 && !suggestion ? 'primary' : 'secondary'}
            disabled={disabled}
            aria-describedby={messageId}
            onClick={() => onFix(itemKey, fix)}
          >
            {running ? `${fixLabel(t, fix)}…` : fixLabel(t, fix)}
          </Button>
        ))}
        {ignorable ? (
          <Button size="small" appearance="subtle" disabled={disabled} aria-describedby={messageId} onClick={() => onIgnore(itemKey)}>
            {t('pane.fix.ignore')}
          </Button>
        ) : null}
        <Button
          id={disclosureId}
          size="small"
          appearance="transparent"
          className={styles.disclosure}
          icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={expanded}
          aria-controls={detailsId}
          // Named after its finding: a screen reader's list of buttons tells them apart.
          aria-labelledby={`${disclosureId} ${messageId}`}
          onClick={toggle}
        >
          {t('pane.finding.standard')}
        </Button>
      </div>
      {expanded ? (
        <div id={detailsId} className={styles.details}>
          <Text block weight="semibold">
            {standard ? (
              <>
                {safeUrl ? (
                  <Link href={safeUrl} target="_blank" rel="noopener noreferrer" inline>
                    {standard.name}
                  </Link>
                ) : (
                  standard.name
                )}
                {cite ? `, ${cite}` : null}
              </>
            ) : (
              t('pane.finding.officeStandard')
            )}
          </Text>
          {hasMessage(lang, whyId) ? <Text block>{t(whyId)}</Text> : null}
        </div>
      ) : null}
    </li>
  );
}
