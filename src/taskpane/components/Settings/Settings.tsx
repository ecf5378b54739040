import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PolicyState } from '../../../policy/load';
import type { SignatureField } from '../../../engine/config';
import { useT } from '../../hooks/useLang';
import { describeError } from '../../labels';
import { PolicyNotice } from '../PolicyNotice';
import { SignaturePreview } from '../SignaturePreview';
import { PROFILE_FIELDS, type ProfileField, type UseSettings } from './useSettings';
import { useSettingsStyles } from './Settings.styles';

export type SettingsProps = {
  policy: PolicyState;
  /** The draft and its saving (useSettings), kept by the pane so it survives switching views. */
  settings: UseSettings;
};

const INPUT_TYPE: Partial<Record<ProfileField, 'email' | 'tel'>> = { email: 'email', phone: 'tel' };
const AUTOCOMPLETE: Partial<Record<ProfileField, string>> = { name: 'name', position: 'organization-title', email: 'email', phone: 'tel' };

/** The clerk's own signature fields, a live preview of the signature, and the policy in force. */
export function Settings({ policy, settings }: SettingsProps): React.ReactElement {
  const t = useT();
  const styles = useSettingsStyles();
  const { draft, change, leave, touched, problems, submit, save } = settings;
  const required = policy.config.signature.required;
  // A wrong value is shown once the clerk leaves the field (or tries to save); a field the
  // office requires and the clerk left empty is noted right by it, at once.
  const validation = (field: ProfileField) => {
    const problem = problems[field];
    if (!problem) return {};
    if (problem === 'missing') return { validationState: 'warning' as const, validationMessage: t('pane.settings.missingField') };
    if (!touched.has(field)) return problem === 'nameRequired' ? { validationState: 'warning' as const, validationMessage: t('pane.settings.missingField') } : {};
    return { validationState: 'error' as const, validationMessage: t(`pane.settings.invalid.${problem}`) };
  };

  return (
    <div className={styles.root}>
      <form
        className={styles.form}
        aria-labelledby="settings-heading"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit().then((wrong) => wrong && document.getElementById(`settings-${wrong}`)?.focus());
        }}
      >
        <h2 id="settings-heading" className={styles.heading}>
          {t('pane.settings.heading')}
        </h2>
        {PROFILE_FIELDS.map((field) => (
          <Field
            key={field}
            label={t(`pane.settings.field.${field}`)}
            required={required.includes(field as SignatureField)}
            hint={required.includes(field as SignatureField) ? t('pane.settings.required') : undefined}
            {...validation(field)}
          >
            <Input
              id={`settings-${field}`}
              value={draft[field] ?? ''}
              onBlur={() => leave(field)}
              type={INPUT_TYPE[field] ?? 'text'}
              autoComplete={AUTOCOMPLETE[field] ?? 'off'}
              onChange={(_, data) => change(field, data.value)}
            />
          </Field>
        ))}
        <div>
          <Button type="submit" appearance="primary" disabled={save.status === 'saving'}>
            {t('pane.settings.save')}
          </Button>
        </div>
        <div aria-live="polite">
          {save.status === 'saved' ? (
            <MessageBar intent="success">
              <MessageBarBody>{t('pane.settings.saved')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {save.status === 'invalid' ? (
            <MessageBar intent="error">
              <MessageBarBody>{t('pane.settings.invalid')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {save.status === 'failed' ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t('pane.settings.saveFailed')}</MessageBarTitle>
                {describeError(t, save.error)}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
      </form>
      <SignaturePreview config={policy.config} profile={draft} />
      <PolicyNotice policy={policy} />
    </div>
  );
}
