import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { LocalDateInput } from '../LocalDateInput';
import type { ComposeAdapter } from '../../../office/types';
import { acknowledgementTemplate } from '../../../engine/templates';
import { useLang, useT } from '../../hooks/useLang';
import { InsertOutcome } from './InsertOutcome';
import { useAcknowledgement, useInsertTemplate } from './useTemplatesPanel';
import { useTemplatesPanelStyles } from './TemplatesPanel.styles';

export type AcknowledgementTemplateProps = {
  adapter: ComposeAdapter;
  today: string;
  /** The send date of the quoted letter (YYYY-MM-DD): the deadline tab starts from it too. */
  receivedFromThread?: string;
};

/** Confirms receipt first, as the standard asks, with the case reference and the expected reply date. */
export function AcknowledgementTemplate({ adapter, today, receivedFromThread }: AcknowledgementTemplateProps): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const styles = useTemplatesPanelStyles();
  const { received, setReceived, caseReference, setCaseReference, replyBy, setReplyBy } = useAcknowledgement(today, receivedFromThread);
  const { state, insert } = useInsertTemplate(adapter);

  return (
    <section aria-labelledby="template-ack-heading" className={styles.template}>
      <h3 id="template-ack-heading" className={styles.templateHeading}>
        {t('pane.templates.ack.heading')}
      </h3>
      <Field label={t('pane.templates.ack.received')} hint={receivedFromThread && received === receivedFromThread ? t('pane.deadline.receivedFromThread') : undefined}>
        <LocalDateInput value={received} onChange={setReceived} />
      </Field>
      <Field label={t('pane.templates.ack.reference')}>
        <Input value={caseReference} onChange={(_, d) => setCaseReference(d.value)} />
      </Field>
      <Field label={t('pane.templates.ack.replyBy')} hint={t('pane.templates.ack.replyByHint')}>
        <LocalDateInput value={replyBy} onChange={setReplyBy} />
      </Field>
      <div>
        <Button appearance="primary" disabled={state.status === 'inserting'} onClick={() => void insert((message) => acknowledgementTemplate(lang, { received, caseReference, replyBy }, message))}>
          {t('pane.templates.ack.insert')}
        </Button>
      </div>
      <InsertOutcome state={state} />
    </section>
  );
}
