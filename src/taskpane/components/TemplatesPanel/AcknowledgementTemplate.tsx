import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { LocalDateInput } from '../LocalDateInput';
import type { ComposeAdapter } from '../../../office/types';
import { acknowledgementText } from '../../../engine/templates';
import { useLang, useT } from '../../hooks/useLang';
import { InsertOutcome } from './InsertOutcome';
import { useAcknowledgement, useInsertAtTop } from './useTemplatesPanel';
import { useTemplatesPanelStyles } from './TemplatesPanel.styles';

export type AcknowledgementTemplateProps = { adapter: ComposeAdapter; today: string };

/** Confirms receipt first, as the standard asks, with the case reference and the expected reply date. */
export function AcknowledgementTemplate({ adapter, today }: AcknowledgementTemplateProps): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const styles = useTemplatesPanelStyles();
  const { received, setReceived, caseReference, setCaseReference, replyBy, setReplyBy } = useAcknowledgement(today);
  const { state, insert } = useInsertAtTop(adapter);
  const text = acknowledgementText(lang, { received, caseReference, replyBy });

  return (
    <section aria-labelledby="template-ack-heading" className={styles.template}>
      <h3 id="template-ack-heading" className={styles.templateHeading}>
        {t('pane.templates.ack.heading')}
      </h3>
      <Field label={t('pane.templates.ack.received')}>
        <LocalDateInput value={received} onChange={setReceived} />
      </Field>
      <Field label={t('pane.templates.ack.reference')}>
        <Input value={caseReference} onChange={(_, d) => setCaseReference(d.value)} />
      </Field>
      <Field label={t('pane.templates.ack.replyBy')} hint={t('pane.templates.ack.replyByHint')}>
        <LocalDateInput value={replyBy} onChange={setReplyBy} />
      </Field>
      <div>
        <Button appearance="primary" disabled={state.status === 'inserting'} onClick={() => void insert(text)}>
          {t('pane.templates.ack.insert')}
        </Button>
      </div>
      <InsertOutcome state={state} />
    </section>
  );
}
