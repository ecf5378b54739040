/**
 * The compose window's Body, edited as in Outlook: a rich-text editor (contenteditable; Enter
 * starts a new paragraph, Ctrl+B / Ctrl+I and the buttons format, lists, pasting keeps the
 * formatting), a toggle that shows the HTML source, and the format switch HTML / plain text.
 * In plain text the body is a plain text area and the item's body type is `text`.
 *
 * The editor keeps its own DOM while the clerk types (no re-render under the caret); it is
 * redrawn only when the body changed from elsewhere (a fix, a template, the source view).
 */
import * as React from 'react';
import type { BodyType, PreviewState } from './mailbox';
import { caretIndex, cleanHtml, placeCaret, renderContent, serializeContent, splitDocument, textOffset } from './rich-body';

export type BodyEditorProps = {
  state: PreviewState | null;
  t: (id: string) => string;
  /** The clerk changed the body (HTML document or plain text). */
  onEdit: (change: Partial<PreviewState>) => void;
  /** Where setSelectedDataAsync would insert: an index into the HTML or the text; null = no caret. */
  onCursor: (index: number | null) => void;
  onFormat: (type: BodyType) => void;
};

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';
const COMMANDS: ReadonlyArray<{ command: Command; label: string; text: string; className: string }> = [
  { command: 'bold', label: 'preview.bold', text: 'B', className: 'bold' },
  { command: 'italic', label: 'preview.italic', text: 'I', className: 'italic' },
  { command: 'insertUnorderedList', label: 'preview.bulletList', text: '•', className: '' },
  { command: 'insertOrderedList', label: 'preview.numberedList', text: '1.', className: '' },
];

/**
 * document.execCommand is the editing API every browser still implements for contenteditable
 * (its successor, Input Events level 2, only reports edits): it keeps the browser's own undo.
 */
function run(command: Command | 'insertHTML', value?: string): void {
  document.execCommand(command, false, value);
}

/** The document as the editor has it now: Outlook's head and tail around the edited content. */
function currentDocument(el: HTMLElement | null, shown: string | null): string | null {
  if (!el || shown === null) return null;
  const { before, after } = splitDocument(shown);
  return before + serializeContent(el) + after;
}

export function BodyEditor({ state, t, onEdit, onCursor, onFormat }: BodyEditorProps): React.ReactElement {
  const editor = React.useRef<HTMLDivElement>(null);
  /** The body document the editor's DOM stands for. */
  const shown = React.useRef<string | null>(null);
  const savedRange = React.useRef<Range | null>(null);
  // The selection listener lives as long as the editor; it calls the newest props through this.
  const latest = React.useRef({ onEdit, onCursor });
  latest.current = { onEdit, onCursor };
  const [source, setSource] = React.useState(false);
  const bodyType = state?.bodyType ?? 'html';
  const html = state?.bodyHtml ?? '';
  const disabled = !state;
  const richVisible = bodyType === 'html' && !source;

  // Redraw only for a body that the editor did not write itself.
  React.useLayoutEffect(() => {
    const el = editor.current;
    if (!el || !richVisible || html === shown.current) return;
    renderContent(el, html);
    shown.current = html;
    savedRange.current = null;
    latest.current.onCursor(null);
  }, [html, richVisible]);

  // A new editor element (back from the source view or plain text) starts empty: draw it.
  const attach = React.useCallback((el: HTMLDivElement | null) => {
    (editor as React.MutableRefObject<HTMLDivElement | null>).current = el;
    shown.current = null;
  }, []);


  const onInput = () => {
    const next = currentDocument(editor.current, shown.current);
    if (next === null) return;
    shown.current = next;
    onEdit({ bodyHtml: next });
  };

  const trackCaret = React.useCallback(() => {
    const el = editor.current;
    const selection = document.getSelection();
    if (!el || !selection || selection.rangeCount === 0 || !el.contains(selection.getRangeAt(0).startContainer)) return;
    savedRange.current = selection.getRangeAt(0).cloneRange();
    // A body drawn from a fix serialises with the browser's spelling of the markup; the caret
    // index is an index into that spelling, so the mailbox takes it first.
    const now = currentDocument(editor.current, shown.current);
    if (now === null) return;
    if (now !== shown.current) {
      shown.current = now;
      latest.current.onEdit({ bodyHtml: now });
    }
    const at = caretIndex(el, selection);
    latest.current.onCursor(at === null ? null : splitDocument(now).before.length + at);
  }, []);

  React.useEffect(() => {
    document.addEventListener('selectionchange', trackCaret);
    return () => document.removeEventListener('selectionchange', trackCaret);
  }, [trackCaret]);

  const format = (command: Command) => {
    const el = editor.current;
    if (!el) return;
    // A mouse click leaves the editor focused with its selection; from the keyboard the focus is
    // on the button, so the editor gets it back with the selection it had.
    const selection = document.getSelection();
    if (document.activeElement !== el) {
      el.focus();
      if (savedRange.current && selection) {
        selection.removeAllRanges();
        selection.addRange(savedRange.current);
      }
    }
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const caret = range?.collapsed && el.contains(range.startContainer) ? textOffset(el, range) : null;
    run(command);
    // Chromium leaves the caret at the start of a new list item; the clerk goes on where they were.
    if (caret !== null && selection && command !== 'bold' && command !== 'italic') placeCaret(el, caret, selection);
  };

  const onPaste = (e: React.ClipboardEvent<HTMLDivElement>) => {
    const pasted = e.clipboardData.getData('text/html');
    // Plain text is pasted by the browser as text; HTML is cleaned first.
    if (!pasted) return;
    e.preventDefault();
    run('insertHTML', cleanHtml(splitDocument(pasted).content));
  };

  const hint = bodyType === 'text' ? 'preview.bodyHintText' : source ? 'preview.bodyHintSource' : 'preview.bodyHint';

  return (
    <div className="body-editor">
      <div className="body-tools">
        <div role="group" aria-label={t('preview.formatting')} className="body-buttons">
          {COMMANDS.map(({ command, label, text, className }) => (
            <button
              key={command}
              type="button"
              className={className}
              aria-label={t(label)}
              title={t(label)}
              disabled={disabled || !richVisible}
              // The editor keeps its selection when a button is clicked with the mouse.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => format(command)}
            >
              {text}
            </button>
          ))}
          <button id="body-source-toggle" type="button" aria-pressed={source} disabled={disabled || bodyType !== 'html'} onClick={() => setSource((s) => !s)}>
            {t('preview.showSource')}
          </button>
        </div>
        <fieldset className="body-format" disabled={disabled}>
          <legend>{t('preview.format')}</legend>
          {(['html', 'text'] as const).map((type) => (
            <label key={type}>
              <input
                type="radio"
                name="body-format"
                value={type}
                checked={bodyType === type}
                onChange={() => {
                  setSource(false);
                  onFormat(type);
                }}
              />{' '}
              {t(`preview.format.${type}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {bodyType === 'text' ? (
        <textarea
          id="field-body"
          className="plain"
          aria-labelledby="field-body-label"
          aria-describedby="body-hint"
          value={state?.bodyText ?? ''}
          disabled={disabled}
          onChange={(e) => onEdit({ bodyText: e.currentTarget.value })}
          onSelect={(e) => onCursor(e.currentTarget.selectionStart)}
        />
      ) : source ? (
        <textarea
          id="field-body-source"
          className="source"
          spellCheck={false}
          aria-label={t('preview.source')}
          aria-describedby="body-hint"
          value={html}
          disabled={disabled}
          onChange={(e) => onEdit({ bodyHtml: e.currentTarget.value })}
          onSelect={(e) => onCursor(e.currentTarget.selectionStart)}
        />
      ) : (
        <div
          ref={attach}
          id="field-body"
          className="rich"
          role="textbox"
          aria-multiline="true"
          aria-labelledby="field-body-label"
          aria-describedby="body-hint"
          aria-disabled={disabled || undefined}
          contentEditable={!disabled}
          suppressContentEditableWarning
          spellCheck
          onInput={onInput}
          onPaste={onPaste}
        />
      )}
      <p id="body-hint" className="hint">
        {t(hint)}
      </p>
    </div>
  );
}
