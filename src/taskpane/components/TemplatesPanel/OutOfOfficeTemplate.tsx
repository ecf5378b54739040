import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { LocalDateInput } from '../LocalDateInput';
import { CopyRegular } from '@fluentui/react-icons';
import { outOfOfficeText } from '../../../engine/templates';
import { useLang, useT } from '../../hooks/useLang';
import { useCopy, useOutOfOffice } from './useTemplatesPanel';
import { useTemplatesPanelStyles } from './TemplatesPanel.styles';

/**
 * The automatic reply naming the substitute and the return date. Office.js cannot set Outlook's
 * automatic replies from an add-in, so the text is offered for copying, with where to paste it.
 */
export function OutOfOfficeTemplate(): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const styles = useTemplatesPanelStyles();
  const { returnDate, setReturnDate, name, setName, phone, setPhone, email, setEmail } = useOutOfOffice();
  const { state, copy } = useCopy();
  const textarea = React.useRef<HTMLTextAreaElement>(null);
  const text = outOfOfficeText(lang, { returnDate, substitute: { name, phone, email } });
  // Copying by hand is the fallback: the text is selected for Ctrl+C.
  const selectText = () => {
    textarea.current?.focus();
    textarea.current?.select();
  };
  const outcome = state.status !== 'idle' && state.text === text ? state.status : undefined;

  return (
    <section aria-labelledby="template-ooo-heading" className={styles.template}>
      <h3 id="template-ooo-heading" className={styles.templateHeading}>
        {t('pane.templates.ooo.heading')}
      </h3>
      <Field label={t('pane.templates.ooo.returnDate')} hint={t('pane.templates.ooo.returnDateHint')}>
        <LocalDateInput value={returnDate} onChange={setReturnDate} />
      </Field>
      <Field label={t('pane.templates.ooo.name')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('pane.templates.ooo.phone')}>
        <Input type="tel" value={phone} onChange={(_, d) => setPhone(d.value)} />
      </Field>
      <Field label={t('pane.templates.ooo.email')}>
        <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
      </Field>
      <Field label={t('pane.templates.ooo.text')}>
        <Textarea ref={textarea} readOnly resize="vertical" value={text} textarea={{ className: styles.text }} />
      </Field>
      <div>
        <Button icon={<CopyRegular />} onClick={() => void copy(text, selectText)}>
          {t('pane.templates.ooo.copy')}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome === 'copied' ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('pane.templates.ooo.copied')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome === 'failed' ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('pane.templates.ooo.copyFailed')}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <Text className={styles.note}>{t('pane.templates.ooo.why')}</Text>
      <Text className={styles.note}>{t('pane.templates.ooo.how')}</Text>
    </section>
  );
}
