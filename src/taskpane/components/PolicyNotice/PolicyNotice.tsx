import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { PolicyState } from '../../../policy/load';
import { policyProblemText } from '../../../policy/validate-core';
import { COMPACT_FIRST_NAMES } from '../../../engine/greeting/first-name-table';
import { useLang, useT } from '../../hooks/useLang';
import { usePolicyNoticeStyles } from './PolicyNotice.styles';

export type PolicyNoticeProps = { policy: PolicyState };

/** Which policy and first-name table are in force, and, when the office's file could not be used, every bad field. */
export function PolicyNotice({ policy }: PolicyNoticeProps): React.ReactElement {
  const t = useT();
  const lang = useLang();
  const styles = usePolicyNoticeStyles();
  const name = policy.organizationName || t('pane.policy.unnamed');
  const active = policy.source === 'default' ? t('pane.policy.default') : t(`pane.policy.${policy.source}`, { name });
  // Which first-name table the checks read; the shorter one is a fallback, not a fault (src/policy/first-names.ts).
  const names = policy.config.firstNames ?? COMPACT_FIRST_NAMES;

  return (
    <section aria-labelledby="policy-heading" className={styles.root}>
      <h2 id="policy-heading" className={styles.heading}>
        {t('pane.policy.heading')}
      </h2>
      <Text>{active}</Text>
      <Text>{t(names.scope === 'whole' ? 'pane.policy.namesWhole' : 'pane.policy.namesCut', { state: names.state })}</Text>
      {policy.fallbackReason ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(`pane.policy.${policy.fallbackReason}`)}</MessageBarTitle>
            {t(policy.source === 'cached' ? 'pane.policy.usingCached' : 'pane.policy.usingDefault')}
            {policy.problems.length > 0 ? (
              <ul aria-label={t('pane.policy.problems')} className={styles.problems}>
                {policy.problems.map((p, i) => (
                  <li key={i}>
                    <code>{p.path}</code>: {policyProblemText(lang, p)}
                  </li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
