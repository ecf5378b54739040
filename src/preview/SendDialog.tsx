/**
 * What Outlook's Smart Alerts dialog shows when the send handler stops a message: the handler's
 * text, "Send anyway" only when it allows it (sendModeOverride: promptUser), and "Don't send"
 * (or the handler's cancelLabel). Escape closes it as "Don't send"; focus stays inside. The safe
 * choice, "Don't send", has the focus when it opens, so Enter never sends by accident.
 */
import * as React from 'react';
import { formatMessage, type Lang } from '../engine/i18n';
import type { SendCompletedOptions } from '../launchevent/send-decision';

export type SendDialogProps = {
  lang: Lang;
  options: SendCompletedOptions;
  onSendAnyway: () => void;
  onDontSend: () => void;
};

export function SendDialog({ lang, options, onSendAnyway, onDontSend }: SendDialogProps): React.ReactElement {
  const t = (id: string) => formatMessage(lang, id);
  const dialogRef = React.useRef<HTMLDivElement>(null);
  const dontSendRef = React.useRef<HTMLButtonElement>(null);
  const canSend = options.sendModeOverride === 'promptUser';

  React.useEffect(() => {
    dontSendRef.current?.focus();
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onDontSend();
      return;
    }
    if (e.key !== 'Tab') return;
    const buttons = [...(dialogRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    if (buttons.length === 0) return;
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="send-dialog-title"
        aria-describedby="send-dialog-message"
        onKeyDown={onKeyDown}
      >
        <h2 id="send-dialog-title">{t(canSend ? 'preview.dialog.prompt' : 'preview.dialog.block')}</h2>
        <p id="send-dialog-message">{options.errorMessage ?? ''}</p>
        <div className="buttons">
          {canSend ? (
            <button type="button" onClick={onSendAnyway}>
              {t('preview.dialog.sendAnyway')}
            </button>
          ) : null}
          <button ref={dontSendRef} type="button" className="primary" onClick={onDontSend}>
            {options.cancelLabel ?? t('preview.dialog.dontSend')}
          </button>
        </div>
      </div>
    </div>
  );
}
