import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useT } from '../../hooks/useLang';
import { describeError } from '../../labels';
import type { InsertState } from './useTemplatesPanel';

/** What became of the last insertion of one template, announced politely. */
export function InsertOutcome({ state }: { state: InsertState }): React.ReactElement {
  const t = useT();
  return (
    <div aria-live="polite">
      {state.status === 'inserted' ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('pane.templates.inserted')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.templates.insertFailed')}</MessageBarTitle>
            {describeError(t, state.error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
