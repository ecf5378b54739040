import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { EngineConfig, SignatureField } from '../../../engine/config';
import type { SenderProfile } from '../../../engine/model';
import { buildSignature, fieldLabel } from '../../../engine/signature';
import { useLang, useT } from '../../hooks/useLang';
import { useSignaturePreviewStyles } from './SignaturePreview.styles';

export type SignaturePreviewProps = { config: EngineConfig; profile: SenderProfile };

/** Fields the clerk fills in in settings; the others come from the office's policy. */
const OWN_FIELDS: readonly SignatureField[] = ['name', 'position', 'department', 'phone', 'email'];

/**
 * The full signature as it will be inserted. Rendered from the TEXT variant as React text, not
 * the HTML variant: the fields are the clerk's own input, and plain text can never run as markup
 * (no innerHTML, no iframe to secure). Line breaks are kept with `white-space: pre-wrap`.
 */
export function SignaturePreview({ config, profile }: SignaturePreviewProps): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const styles = useSignaturePreviewStyles();
  const { text, missing } = buildSignature(config, profile, 'full', lang);
  // The clerk's own missing fields are noted by each field of the form; here only the office's.
  const policy = missing.filter((f) => !OWN_FIELDS.includes(f));
  const list = (fields: SignatureField[]) => fields.map((f) => fieldLabel(f, lang)).join(', ');

  return (
    <section aria-labelledby="signature-preview-heading" className={styles.root}>
      <h2 id="signature-preview-heading" className={styles.heading}>
        {t('pane.settings.preview')}
      </h2>
      <div className={styles.preview} role="figure" aria-labelledby="signature-preview-heading">
        {text}
      </div>
      <div aria-live="polite">
        {policy.length > 0 ? <Text block>{t('pane.settings.missingPolicy', { fields: list(policy) })}</Text> : null}
        {missing.length === 0 ? <Text block>{t('pane.settings.complete')}</Text> : null}
      </div>
    </section>
  );
}
