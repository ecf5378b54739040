import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import type { Fix } from '../../../engine/types';
import { useT, type Translate } from '../../hooks/useLang';
import { describeError } from '../../labels';
import type { FixAllOutcome } from '../../hooks/useFixes';
import { useFixAllSummaryStyles } from './FixAllSummary.styles';

export type FixAllSummaryProps = {
  outcome: FixAllOutcome | undefined;
  /** Some fix or the undo is running: the undo button waits. */
  busy: boolean;
  onUndo: () => void;
};

/** One line of the list: what a fix changed, in the clerk's words. */
export function fixAllItem(t: Translate, fix: Fix): string {
  switch (fix.kind) {
    case 'moveToBcc':
      return fix.toWhenEmpty
        ? t('pane.fixAll.item.moveToBccTo', { count: fix.addresses.length, address: fix.toWhenEmpty.address })
        : t('pane.fixAll.item.moveToBcc', { count: fix.addresses.length });
    case 'insertGreeting':
    case 'insertClosing':
      return t(`pane.fixAll.item.${fix.kind}`, { text: fix.text });
    case 'insertSignature':
      return t(fix.replace ? 'pane.fixAll.item.replaceSignature' : 'pane.fixAll.item.insertSignature');
    default:
      return t(`pane.fix.${fix.kind}`);
  }
}

/** What "Fix all safe" changed, with one undo that restores the message as it was (SPEC § 9). */
export function FixAllSummary({ outcome, busy, onUndo }: FixAllSummaryProps): React.ReactElement {
  const t = useT();
  const styles = useFixAllSummaryStyles();
  const shown = outcome && outcome.applied.length > 0 ? outcome : undefined;
  return (
    <div aria-live="polite">
      {shown && shown.undo === 'done' ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('pane.fixAll.undone')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {shown && shown.undo !== 'done' ? (
        <MessageBar intent={shown.undo === 'failed' || shown.undo === 'changed' ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.fixAll.done', { count: shown.applied.length })}</MessageBarTitle>
            <span>{t('pane.fixAll.changed')}</span>
            <ul className={styles.list}>
              {shown.applied.map((fix, i) => (
                <li key={i}>{fixAllItem(t, fix)}</li>
              ))}
            </ul>
            {shown.undo === 'unavailable' ? <span>{t('pane.fixAll.noUndo')}</span> : null}
            {shown.undo === 'changed' ? <span>{t('pane.fixAll.undoChanged')}</span> : null}
            {shown.undo === 'failed' ? (
              <span>
                {t('pane.fixAll.undoFailed')} {describeError(t, shown.undoError)}
              </span>
            ) : null}
          </MessageBarBody>
          {shown.undo === 'available' || shown.undo === 'running' ? (
            <MessageBarActions>
              <Button size="small" icon={<ArrowUndoRegular />} disabled={busy} onClick={onUndo}>
                {shown.undo === 'running' ? `${t('pane.fixAll.undo')}…` : t('pane.fixAll.undo')}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
    </div>
  );
}
