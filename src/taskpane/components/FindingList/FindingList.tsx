import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Fix, Severity } from '../../../engine/types';
import type { EngineConfig } from '../../../engine/config';
import { canBeIgnored, type KeyedFinding } from '../../../engine/ignore';
import { useT } from '../../hooks/useLang';
import { FindingItem } from '../FindingItem';
import { useFindingListStyles } from './FindingList.styles';

export type FindingListProps = {
  /** In the order of the letter (src/taskpane/letterOrder.ts); each group keeps that order. */
  findings: readonly KeyedFinding[];
  /** The office's standard from the policy, cited under each finding. */
  standard: EngineConfig['standard'];
  running: string | null;
  onFix: (key: string, fix: Fix) => void;
  onIgnore: (key: string) => void;
  /** Shown at the top of the plain-language group (the readability meter). */
  plainHeader?: React.ReactNode;
};

/** Errors and warnings as open lists; plain-language suggestions in their own collapsible group. */
export function FindingList({ findings, standard, running, onFix, onIgnore, plainHeader }: FindingListProps): React.ReactElement {
  const t = useT();
  const styles = useFindingListStyles();
  const of = (severity: Severity) => findings.filter((f) => f.finding.severity === severity);
  const items = (list: readonly KeyedFinding[]) => (
    <ul className={styles.list}>
      {list.map(({ key, finding }) => (
        <FindingItem
          key={key}
          itemKey={key}
          finding={finding}
          standard={standard}
          running={running === key}
          disabled={running !== null}
          ignorable={canBeIgnored(finding)}
          onFix={onFix}
          onIgnore={onIgnore}
        />
      ))}
    </ul>
  );
  const info = of('info');
  // Plain-language hints are advice, not problems: folded away until the clerk asks for them.
  const [plainOpen, setPlainOpen] = React.useState(false);

  return (
    <div className={styles.root}>
      {(['error', 'warning'] as const).map((severity) => {
        const list = of(severity);
        if (list.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId} className={styles.group}>
            <h2 id={headingId} className={styles.heading}>
              {t(`pane.group.${severity}`, { count: list.length })}
            </h2>
            {items(list)}
          </section>
        );
      })}
      {info.length > 0 || plainHeader ? (
        <section aria-labelledby="findings-info" className={styles.group}>
          <h2 className={styles.heading}>
            <Button
              id="findings-info"
              appearance="transparent"
              className={styles.disclosure}
              icon={plainOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={plainOpen}
              aria-controls="findings-info-panel"
              onClick={() => setPlainOpen((o) => !o)}
            >
              {t('pane.group.info', { count: info.length })}
            </Button>
          </h2>
          {plainOpen ? (
            <div id="findings-info-panel" className={styles.group}>
              {plainHeader}
              {info.length > 0 ? items(info) : <Text>{t('pane.group.infoEmpty')}</Text>}
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
