/**
 * The simulated compose window. The in-page mailbox holds the message; the fields show it and
 * edit it (as a user would, raising Outlook's events), the task pane reads and fixes it through
 * the real adapter. The body is a rich-text editor (BodyEditor) over the HTML the adapter reads,
 * with its HTML source a toggle away, or a plain text area when the format is plain text.
 * Choosing a sample or a message type opens a new compose window (a new mailbox item).
 */
import * as React from 'react';
import { formatMessage, type Lang } from '../engine/i18n';
import type { PolicyState } from '../policy/load';
import { createComposeAdapter } from '../office/compose-adapter';
import { loadProfile } from '../office/settings';
import type { RoamingSettingsLike } from '../office/office-like';
import { mountTaskpane } from '../taskpane/mount';
import { handleMessageSend } from '../launchevent/on-send';
import type { SendCompletedOptions } from '../launchevent/send-decision';
import { createPreviewMailbox, type ComposeKind, type Faults, type PreviewMailbox, type PreviewState } from './mailbox';
import { formatRecipients, parseRecipients } from './addresses';
import { DEFAULT_SAMPLE, SAMPLES, sampleById } from './samples';
import { SendDialog } from './SendDialog';
import { BodyEditor } from './BodyEditor';

export type PreviewAppProps = {
  initialLang: Lang;
  initialSample: string | null;
  faults: Faults;
  settings: RoamingSettingsLike;
  policy: Promise<PolicyState>;
};

const ATTACHMENT = { id: 'att-1', name: 'wniosek.pdf', size: 48213, isInline: false, attachmentType: 'file' };
type RecipientField = 'to' | 'cc' | 'bcc';
type SendStatus = 'idle' | 'sending' | 'sent' | 'sentAnyway' | 'notSent';

function recipientTexts(state: PreviewState): Record<RecipientField, string> {
  return { to: formatRecipients(state.to), cc: formatRecipients(state.cc), bcc: formatRecipients(state.bcc) };
}

export function PreviewApp({ initialLang, initialSample, faults, settings, policy: policyPromise }: PreviewAppProps): React.ReactElement {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [policy, setPolicy] = React.useState<PolicyState | null>(null);
  const [sampleId, setSampleId] = React.useState(sampleById(initialSample).id);
  const [composeType, setComposeType] = React.useState<ComposeKind | null>(null);
  const [mailbox, setMailbox] = React.useState<PreviewMailbox | null>(null);
  const [view, setView] = React.useState<PreviewState | null>(null);
  const [texts, setTexts] = React.useState<Record<RecipientField, string>>({ to: '', cc: '', bcc: '' });
  const [status, setStatus] = React.useState<SendStatus>('idle');
  const [dialog, setDialog] = React.useState<SendCompletedOptions | null>(null);
  const userEditing = React.useRef(false);
  const paneRef = React.useRef<HTMLElement>(null);
  const sendRef = React.useRef<HTMLButtonElement>(null);
  const t = (id: string, data?: Record<string, string>) => formatMessage(lang, id, data);

  React.useEffect(() => {
    let alive = true;
    policyPromise.then((p) => alive && setPolicy(p));
    return () => {
      alive = false;
    };
  }, [policyPromise]);

  // A new compose window whenever the sample or the message type changes.
  React.useEffect(() => {
    if (!policy) return;
    let alive = true;
    void loadProfile(settings).then((profile) => {
      if (!alive) return;
      const sample = sampleById(sampleId).build({ config: policy.config, profile, lang });
      const next = createPreviewMailbox({ ...sample, ...(composeType ? { composeType } : {}) }, { faults, roamingSettings: settings });
      setMailbox(next);
      setView(next.state());
      setTexts(recipientTexts(next.state()));
      setStatus('idle');
    });
    return () => {
      alive = false;
    };
    // The language is not a dependency: switching it must not reset the message being written.
  }, [policy, sampleId, composeType, faults, settings]);

  React.useEffect(() => {
    if (!mailbox) return;
    return mailbox.onChange((state) => {
      setView(state);
      // Changes made through Office (a fix) are shown; the user's own typing is left as typed.
      if (!userEditing.current) setTexts(recipientTexts(state));
    });
  }, [mailbox]);

  // The real task pane, mounted in its own React root as in Outlook, remounted per window/language.
  React.useEffect(() => {
    const host = paneRef.current;
    if (!host || !mailbox || !policy) return;
    const slot = document.createElement('div');
    host.appendChild(slot);
    const adapter = createComposeAdapter(mailbox, mailbox.roamingSettings, { context: { displayLanguage: lang === 'en' ? 'en-GB' : 'pl-PL' } });
    const unmount = mountTaskpane(slot, { adapter, policy, lang, embedded: true });
    return () => {
      // Unmounting another root during this commit is not allowed: do it right after.
      setTimeout(() => {
        unmount();
        slot.remove();
      }, 0);
    };
  }, [mailbox, policy, lang]);

  const userEdit = (change: Partial<PreviewState>) => {
    if (!mailbox) return;
    userEditing.current = true;
    try {
      mailbox.edit(change);
    } finally {
      userEditing.current = false;
    }
    setStatus('idle');
  };

  const setCursor = React.useCallback((index: number | null) => mailbox?.setCursor(index), [mailbox]);

  const changeLang = (next: Lang) => {
    setLang(next);
    document.documentElement.lang = next;
    document.title = formatMessage(next, 'preview.title');
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url.toString());
  };

  const send = async () => {
    if (!mailbox || !policy) return;
    setStatus('sending');
    await handleMessageSend(
      {
        completed: (options?: SendCompletedOptions) => {
          if (!options || options.allowEvent) setStatus('sent');
          else {
            setStatus('idle');
            setDialog(options);
          }
        },
      },
      { mailbox, policy: async () => policy, profile: () => loadProfile(settings), lang, bodyFormat: 'html', isSetSupported: () => true },
    );
  };

  const closeDialog = (result: SendStatus, openPane: boolean) => {
    setDialog(null);
    setStatus(result);
    if (openPane) paneRef.current?.focus();
    else sendRef.current?.focus();
  };

  const faultList = Object.keys(faults);
  const recipientField = (field: RecipientField) => (
    <div className="field">
      <label htmlFor={`field-${field}`}>{t(`preview.${field}`)}</label>
      <input
        id={`field-${field}`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="recipients-hint"
        value={texts[field]}
        disabled={!view}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setTexts((old) => ({ ...old, [field]: value }));
          userEdit({ [field]: parseRecipients(value) });
        }}
        onBlur={() => view && setTexts(recipientTexts(view))}
      />
    </div>
  );

  return (
    <div className="layout">
      <header className="bar">
        <div className="heading">
          <h1>{t('preview.title')}</h1>
          <p>{t('preview.intro')}</p>
        </div>
        <div className="controls">
          <div className="control">
            <label htmlFor="sample">{t('preview.sample')}</label>
            <select
              id="sample"
              value={sampleId}
              onChange={(e) => {
                setComposeType(null);
                setSampleId(e.currentTarget.value || DEFAULT_SAMPLE);
              }}
            >
              {SAMPLES.map((s) => (
                <option key={s.id} value={s.id}>
                  {t(`preview.sample.${s.id}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label htmlFor="compose-type">{t('preview.composeType')}</label>
            <select id="compose-type" value={view?.composeType ?? 'new'} onChange={(e) => setComposeType(e.currentTarget.value as ComposeKind)}>
              {(['new', 'reply', 'forward'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`preview.composeType.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label htmlFor="language">{t('preview.language')}</label>
            <select id="language" value={lang} onChange={(e) => changeLang(e.currentTarget.value === 'en' ? 'en' : 'pl')}>
              <option value="pl" lang="pl">
                Polski
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </div>
        </div>
      </header>

      <main className="compose" aria-label={t('preview.compose')}>
        {faultList.length > 0 ? <p className="fault">{t('preview.fault', { operations: faultList.join(', ') })}</p> : null}
        {!view ? <p role="status">{t('preview.loading')}</p> : null}
        {recipientField('to')}
        {recipientField('cc')}
        {recipientField('bcc')}
        <p id="recipients-hint" className="hint">
          {t('preview.recipientsHint')}
        </p>
        <div className="field">
          <label htmlFor="field-subject">{t('preview.subject')}</label>
          <input id="field-subject" type="text" autoComplete="off" value={view?.subject ?? ''} disabled={!view} onChange={(e) => userEdit({ subject: e.currentTarget.value })} />
        </div>
        <div className="field">
          <label id="field-body-label" htmlFor="field-body">
            {t('preview.body')}
          </label>
          <BodyEditor state={view} t={t} onEdit={userEdit} onCursor={setCursor} onFormat={(type) => mailbox?.setBodyType(type)} />
        </div>
        <div className="actions">
          <label>
            <input
              type="checkbox"
              checked={(view?.attachments.length ?? 0) > 0}
              disabled={!view}
              onChange={(e) => userEdit({ attachments: e.currentTarget.checked ? [ATTACHMENT] : [] })}
            />{' '}
            {t('preview.attachment')}
          </label>
          <button ref={sendRef} type="button" className="send" disabled={!view || status === 'sending'} onClick={() => void send()}>
            {t('preview.send')}
          </button>
          <span role="status" className="status">
            {status === 'sending' ? t('preview.sending') : status === 'sent' ? t('preview.sent') : status === 'sentAnyway' ? t('preview.sentAnyway') : status === 'notSent' ? t('preview.notSent') : ''}
          </span>
        </div>
      </main>

      <aside ref={paneRef} className="pane" aria-label={t('preview.pane')} tabIndex={-1} />

      {dialog ? (
        <SendDialog lang={lang} options={dialog} onSendAnyway={() => closeDialog('sentAnyway', false)} onDontSend={() => closeDialog('notSent', Boolean(dialog.commandId))} />
      ) : null}
    </div>
  );
}
