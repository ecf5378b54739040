import * as React from 'react';
import { Field, ProgressBar, Text } from '@fluentui/react-components';
import type { ParsedBody } from '../../../engine/parse/body';
import { useLang, useT } from '../../hooks/useLang';
import { useReadability } from './useReadability';
import { useReadabilityMeterStyles } from './ReadabilityMeter.styles';

export type ReadabilityMeterProps = { body: ParsedBody | undefined };

/** The scale the bar shows: FOG-PL 0–20; beyond 20 a text is specialist whatever the number. */
const SCALE = 20;
const BAR_COLOR = { easy: 'success', medium: 'brand', hard: 'warning', 'very-hard': 'error' } as const;

/** The whole message's FOG-PL score with its meaning (issue 6: a readability meter in the pane). */
export function ReadabilityMeter({ body }: ReadabilityMeterProps): React.ReactElement | null {
  const t = useT();
  const lang = useLang();
  const styles = useReadabilityMeterStyles();
  const view = useReadability(body);
  if (!view) return null;
  return (
    <section className={styles.root} aria-labelledby="readability-heading" data-testid="readability">
      <h3 id="readability-heading" className={styles.heading}>
        {t('pane.readability.heading')}
      </h3>
      {view.kind === 'too-short' ? (
        <Text className={styles.secondary}>{t('pane.readability.tooShort')}</Text>
      ) : (
        <>
          <Field
            label={t('pane.readability.score', { score: view.readability.score.toLocaleString(lang === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }) })}
            validationState="none"
            hint={t(`plain-readability/band-${view.band}`)}
          >
            <ProgressBar value={Math.min(view.readability.score, SCALE)} max={SCALE} color={BAR_COLOR[view.band]} thickness="large" />
          </Field>
          <Text size={200} className={styles.secondary}>
            {t('pane.readability.stats', { words: view.readability.words, sentences: view.readability.sentences, hard: view.readability.hardWords })}
          </Text>
        </>
      )}
    </section>
  );
}
