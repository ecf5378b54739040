import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Text } from '@fluentui/react-components';
import { LocalDateInput } from '../LocalDateInput';
import type { ComposeAdapter } from '../../../office/types';
import { KIND_NAMES, isDeadlineKind, type Deadline } from '../../../engine/deadlines';
import { formatMessage, type Lang } from '../../../engine/i18n';
import { useLang, useT } from '../../hooks/useLang';
import { describeError } from '../../labels';
import { localToday, useDeadlinePanel } from './useDeadlinePanel';
import { useDeadlinePanelStyles } from './DeadlinePanel.styles';

export type DeadlinePanelProps = {
  adapter: ComposeAdapter;
  /** Today as YYYY-MM-DD (default: the clerk's local date). */
  today?: string;
  /** The send date of the quoted message (YYYY-MM-DD), when the thread shows one. */
  receivedFromThread?: string;
};

/** "2026-12-23" as a Polish letter writes it, "23.12.2026" (the messages add "r."); ISO in English. */
function displayDate(lang: Lang, iso: string): string {
  if (lang !== 'pl') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

function sentence(lang: Lang, deadline: Deadline): string {
  return deadline.kind === 'kpa-immediate'
    ? formatMessage(lang, 'pane.deadline.sentenceImmediate')
    : formatMessage(lang, 'pane.deadline.sentence', { date: displayDate(lang, deadline.date) });
}

/** The statutory reply deadline for the letter being answered, insertable into the reply. */
export function DeadlinePanel({ adapter, today = localToday(), receivedFromThread }: DeadlinePanelProps): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const styles = useDeadlinePanelStyles();
  const { received, setReceived, kind, setKind, days, setDays, outcome, insert, insertSentence } = useDeadlinePanel(adapter, today, receivedFromThread);

  return (
    <section aria-labelledby="deadline-heading" className={styles.root}>
      <h2 id="deadline-heading" className={styles.heading}>
        {t('pane.deadline.heading')}
      </h2>
      <Field label={t('pane.deadline.received')} hint={receivedFromThread && received === receivedFromThread ? t('pane.deadline.receivedFromThread') : undefined}>
        <LocalDateInput value={received} onChange={setReceived} />
      </Field>
      <Field label={t('pane.deadline.kind')}>
        <Select value={kind} onChange={(_, d) => isDeadlineKind(d.value) && setKind(d.value)}>
          {KIND_NAMES.map((k) => (
            <option key={k} value={k}>
              {t(`pane.deadline.kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      {kind === 'custom-days' ? (
        <Field label={t('pane.deadline.days')}>
          <Input type="number" min={1} value={days} onChange={(_, d) => setDays(d.value)} />
        </Field>
      ) : null}

      <div aria-live="polite" className={styles.result}>
        {'error' in outcome ? (
          <Text>{formatMessage(lang, outcome.error.messageId, outcome.error.data)}</Text>
        ) : (
          <>
            <Text weight="semibold" size={400}>
              {outcome.deadline.kind === 'kpa-immediate' ? t('pane.deadline.immediate') : t('pane.deadline.due', { date: displayDate(lang, outcome.deadline.date) })}
            </Text>
            {outcome.deadline.kind === 'kpa-immediate' ? null : (
              <Text>
                {outcome.daysLeft > 0
                  ? t('pane.deadline.left', { days: outcome.daysLeft })
                  : outcome.daysLeft === 0
                    ? t('pane.deadline.today')
                    : t('pane.deadline.overdue', { days: -outcome.daysLeft })}
              </Text>
            )}
            {outcome.deadline.shifted ? <Text>{t('pane.deadline.shifted', { nominal: displayDate(lang, outcome.deadline.nominal) })}</Text> : null}
            <Text className={styles.rule}>{formatMessage(lang, outcome.deadline.ruleId, outcome.deadline.data)}</Text>
          </>
        )}
      </div>
      <div>
        <Button
          appearance="primary"
          disabled={'error' in outcome || insert.status === 'inserting'}
          onClick={() => 'deadline' in outcome && void insertSentence(sentence(lang, outcome.deadline))}
        >
          {t('pane.deadline.insert')}
        </Button>
      </div>
      <div aria-live="polite">
        {insert.status === 'inserted' ? (
          <MessageBar intent="success">
            <MessageBarBody>{t(insert.place === 'caret' ? 'pane.deadline.inserted' : 'pane.deadline.insertedAtEnd')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {insert.status === 'failed' ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('pane.deadline.insertFailed')}</MessageBarTitle>
              {describeError(t, insert.error)}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
