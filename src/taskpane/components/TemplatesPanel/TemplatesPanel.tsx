import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { ComposeAdapter } from '../../../office/types';
import type { SenderProfile } from '../../../engine/model';
import { useT } from '../../hooks/useLang';
import { localToday } from '../DeadlinePanel/useDeadlinePanel';
import { AcknowledgementTemplate } from './AcknowledgementTemplate';
import { OutOfOfficeTemplate } from './OutOfOfficeTemplate';
import { SummonsTemplate } from './SummonsTemplate';
import { useTemplatesPanelStyles } from './TemplatesPanel.styles';

export type TemplatesPanelProps = {
  adapter: ComposeAdapter;
  /** The clerk's profile as the pane loaded it; undefined while it is loading. */
  profile: SenderProfile | undefined;
  /** Opens the Settings tab, where the profile is filled in. */
  onOpenSettings: () => void;
  /** Today as YYYY-MM-DD (default: the clerk's local date). */
  today?: string;
  /** The send date of the quoted letter, the deadline tab's source too. */
  receivedFromThread?: string;
};

/** The standard's ready texts (SPEC § 9): two inserted into the own text (below its greeting), one to copy. */
export function TemplatesPanel({ adapter, profile, onOpenSettings, today = localToday(), receivedFromThread }: TemplatesPanelProps): React.ReactElement {
  const t = useT();
  const styles = useTemplatesPanelStyles();
  return (
    <section aria-labelledby="templates-heading" className={styles.root}>
      <h2 id="templates-heading" className={styles.heading}>
        {t('pane.templates.heading')}
      </h2>
      <Text className={styles.note}>{t('pane.templates.intro')}</Text>
      <AcknowledgementTemplate adapter={adapter} today={today} receivedFromThread={receivedFromThread} />
      <SummonsTemplate adapter={adapter} profile={profile} onOpenSettings={onOpenSettings} />
      <OutOfOfficeTemplate />
    </section>
  );
}
