import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { LocalDateInput } from '../LocalDateInput';
import type { ComposeAdapter } from '../../../office/types';
import type { SenderProfile } from '../../../engine/model';
import { summonsTemplate } from '../../../engine/templates';
import { useLang, useT } from '../../hooks/useLang';
import { InsertOutcome } from './InsertOutcome';
import { missingSummonsFields, useInsertTemplate, useSummons } from './useTemplatesPanel';
import { useTemplatesPanelStyles } from './TemplatesPanel.styles';

export type SummonsTemplateProps = {
  adapter: ComposeAdapter;
  /** The clerk's profile; undefined while it is still loading (nothing is called missing yet). */
  profile: SenderProfile | undefined;
  onOpenSettings: () => void;
};

/** A summons with all four details: when, where (room), who (name) and the phone to call. */
export function SummonsTemplate({ adapter, profile, onOpenSettings }: SummonsTemplateProps): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const styles = useTemplatesPanelStyles();
  const { date, setDate, time, setTime, hours, setHours, matter, setMatter } = useSummons();
  const { state, insert } = useInsertTemplate(adapter);
  const missing = profile ? missingSummonsFields(profile) : [];

  return (
    <section aria-labelledby="template-summons-heading" className={styles.template}>
      <h3 id="template-summons-heading" className={styles.templateHeading}>
        {t('pane.templates.summons.heading')}
      </h3>
      <Field label={t('pane.templates.summons.matter')}>
        <Input value={matter} onChange={(_, d) => setMatter(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t('pane.templates.summons.date')}>
          <LocalDateInput value={date} onChange={setDate} />
        </Field>
        <Field label={t('pane.templates.summons.time')}>
          <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
        </Field>
      </div>
      <Field label={t('pane.templates.summons.hours')} hint={t('pane.templates.summons.hoursHint')}>
        <Input value={hours} onChange={(_, d) => setHours(d.value)} />
      </Field>
      <Text className={styles.note}>{t('pane.templates.summons.fromProfile')}</Text>
      {missing.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('pane.templates.summons.missing', { fields: missing.map((f) => t(`template.field.${f}`)).join(', ') })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onOpenSettings}>
              {t('pane.templates.summons.openSettings')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div>
        <Button appearance="primary" disabled={state.status === 'inserting'} onClick={() => void insert((message) => summonsTemplate(lang, { date, time, hours, matter, sender: message.sender ?? profile ?? {} }, message))}>
          {t('pane.templates.summons.insert')}
        </Button>
      </div>
      <InsertOutcome state={state} />
    </section>
  );
}
