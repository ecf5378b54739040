/**
 * An in-page imitation of Outlook's compose item, for the preview and the adapter tests: every
 * call answers asynchronously through a callback with `status: 'succeeded' | 'failed'`, raises
 * RecipientsChanged / AttachmentsChanged, and supports setSignatureAsync like requirement set
 * 1.10. Any call can be made to fail on purpose (`?fail=body.setAsync` in the preview) to show
 * how the task pane reports an Office error.
 *
 * The body is HTML or plain text, like Outlook's Format switch (`bodyType`). In plain text it
 * behaves as Office.js documents: `body.getTypeAsync` gives 'text'; `getAsync('html')` gives the
 * text wrapped as HTML (each line a <div>, escaped); every write with `coercionType: 'html'`
 * (setAsync, prependAsync, setSelectedDataAsync, setSignatureAsync) fails with
 * InvalidFormatError and changes nothing; writes with 'text' go in as typed.
 *
 * The item's session data (Mailbox 1.11) is this item's alone, as in Outlook: a new compose
 * window starts without any, a task pane remounted on the same window reads what was set, and
 * the whole of it is limited to 50,000 characters. A name never set reads as ''.
 */
import type {
  AttachmentLike,
  AsyncResultLike,
  Callback,
  ComposeItemLike,
  CoercionOptions,
  EmailAddressLike,
  MailboxLike,
  RecipientsLike,
  RoamingSettingsLike,
} from '../office/office-like';
import { escapeHtml, layoutHtml, placeSignature, textToHtml } from '../office/html-edit';
import { htmlToText } from '../engine/parse/html';
import { parseBody } from '../engine/parse/body';
import { createMessage } from '../engine/model';
import { trimTrailing } from '../engine/text/trim';
import { memorySettings } from '../office/settings';
import { ATTACHMENTS_CHANGED, RECIPIENTS_CHANGED } from '../office/compose-adapter';

/** How an injected fault behaves: a failed result, a synchronous throw, no answer, or two answers. */
export type FaultMode = 'fail' | 'throw' | 'hang' | 'twice';
export type Faults = Record<string, FaultMode>;

export type ComposeKind = 'new' | 'reply' | 'forward';
/** Outlook's message format: HTML, or plain text (Office.CoercionType values). */
export type BodyType = 'html' | 'text';

export type PreviewState = {
  subject: string;
  /** The body when `bodyType` is 'html' ('' in plain text). */
  bodyHtml: string;
  bodyType: BodyType;
  /** The body when `bodyType` is 'text' ('' in HTML). */
  bodyText: string;
  to: EmailAddressLike[];
  cc: EmailAddressLike[];
  bcc: EmailAddressLike[];
  attachments: AttachmentLike[];
  composeType: ComposeKind;
  from: EmailAddressLike;
};

export type PreviewMailboxOptions = {
  faults?: Faults;
  /** Delay of every callback, like the round trip to Outlook. */
  delayMs?: number;
  /** Whether body.setSignatureAsync (1.10) exists. */
  signatureApi?: boolean;
  /** Whether item.sessionData (1.11) exists. */
  sessionDataApi?: boolean;
  displayName?: string;
  /** Settings shared by several compose windows (the preview keeps one per page). */
  roamingSettings?: RoamingSettingsLike;
};

export type PreviewMailbox = MailboxLike & {
  item: ComposeItemLike;
  roamingSettings: RoamingSettingsLike;
  faults: Faults;
  /** The current message, as the compose window shows it. */
  state(): PreviewState;
  /** The user edits a field (raises the matching Outlook event). */
  edit(change: Partial<PreviewState>): void;
  /**
   * Where setSelectedDataAsync inserts: an index into the body HTML (HTML) or the text (plain
   * text); null when the caret is not in the body (Outlook then inserts at the top).
   */
  setCursor(index: number | null): void;
  /** The user switches the format (Outlook's Format text > HTML / Plain text): the body is converted. */
  setBodyType(type: BodyType): void;
  /** Called after any change, by the user or through the API, so the window can redraw. */
  onChange(listener: (state: PreviewState) => void): () => void;
  /** Number of calls per operation, for tests. */
  calls: Record<string, number>;
};

export const DEFAULT_FROM: EmailAddressLike = { displayName: 'Anna Nowak', emailAddress: 'anna.nowak@gmina.example.pl' };

export function emptyState(): PreviewState {
  return { subject: '', bodyHtml: EMPTY_HTML, bodyType: 'html', bodyText: '', to: [], cc: [], bcc: [], attachments: [], composeType: 'new', from: DEFAULT_FROM };
}

/** Outlook's limit on all of an add-in's session data of one item (clients up to Mailbox 1.15). */
export const SESSION_DATA_LIMIT = 50_000;

const EMPTY_HTML = '<html><body><div><br></div></body></html>';

/** Plain text as Outlook shows it in HTML: one block per line, escaped. */
export function plainTextAsHtml(text: string): string {
  return `<html><body>${textToHtml(text)}</body></html>`;
}

/** The body as HTML, whatever its format. */
export function bodyAsHtml(state: PreviewState): string {
  return state.bodyType === 'text' ? plainTextAsHtml(state.bodyText) : state.bodyHtml;
}

/** The body as plain text, with the line breaks the engine reads in the HTML. */
export function bodyAsText(state: PreviewState): string {
  // The engine's text ends each block with a line break; the last one is no line of the letter.
  return state.bodyType === 'text' ? state.bodyText : trimTrailing(htmlToText(state.bodyHtml).text, '\r\n');
}

/** The state after the user switched the format: formatting goes, the words and lines stay. */
export function convertBody(state: PreviewState, type: BodyType): Pick<PreviewState, 'bodyType' | 'bodyHtml' | 'bodyText'> {
  if (type === state.bodyType) return { bodyType: state.bodyType, bodyHtml: state.bodyHtml, bodyText: state.bodyText };
  return type === 'text' ? { bodyType: 'text', bodyHtml: '', bodyText: bodyAsText(state) } : { bodyType: 'html', bodyHtml: plainTextAsHtml(state.bodyText), bodyText: '' };
}

/**
 * Where Outlook puts a plain-text signature: in place of the one set before, else above the
 * quoted thread, else at the end, after an empty line.
 */
function placeTextSignature(text: string, signature: string, previous: string | null): string {
  if (previous && text.includes(previous)) return text.replace(previous, () => signature);
  const quote = parseBody(createMessage({ bodyText: text })).quote;
  if (quote) {
    const before = trimTrailing(text.slice(0, quote.start), '\r\n');
    return `${before}\n\n${signature}\n\n${text.slice(quote.start)}`;
  }
  const own = trimTrailing(text, '\r\n');
  return own === '' ? signature : `${own}\n\n${signature}`;
}


type RecipientField = 'to' | 'cc' | 'bcc';

/** The failure Office.js reports for HTML written into a plain-text body. */
class InvalidFormatError extends Error {}

function normalise(list: Array<EmailAddressLike | string>): EmailAddressLike[] {
  return list.map((r) =>
    typeof r === 'string' ? { displayName: r, emailAddress: r } : { displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress, ...(r.recipientType ? { recipientType: r.recipientType } : {}) },
  );
}

export function createPreviewMailbox(initial: Partial<PreviewState> = {}, options: PreviewMailboxOptions = {}): PreviewMailbox {
  let state: PreviewState = { ...emptyState(), ...initial };
  const faults: Faults = { ...(options.faults ?? {}) };
  const delay = options.delayMs ?? 5;
  const handlers = new Map<string, Array<(event?: unknown) => void>>();
  const listeners = new Set<(s: PreviewState) => void>();
  const calls: Record<string, number> = {};
  let cursor: number | null = null;

  const notify = () => {
    for (const l of [...listeners]) l(state);
  };
  const raise = (type: string) => {
    setTimeout(() => {
      for (const h of handlers.get(type) ?? []) h({ type });
    }, delay);
  };
  const update = (change: Partial<PreviewState>) => {
    state = { ...state, ...change };
    notify();
  };
  /** A write through Office replaced the body: the caret the user had is gone. */
  const rewrite = (change: Partial<PreviewState>) => {
    cursor = null;
    update(change);
  };

  /**
   * Runs one simulated Office call: `effect` computes the value and applies the change, unless a
   * fault is injected for `operation`, in which case nothing changes.
   */
  function call<T>(operation: string, callback: Callback<T> | undefined, effect: () => T): void {
    calls[operation] = (calls[operation] ?? 0) + 1;
    const fault = faults[operation];
    const failed: AsyncResultLike<T> = {
      status: 'failed',
      value: undefined as T,
      error: { code: 9002, name: 'InternalError', message: `simulated failure of ${operation}` },
    };
    if (fault === 'throw') throw new Error(`simulated exception in ${operation}`);
    if (fault === 'hang') return;
    if (fault === 'fail' || fault === 'twice') {
      setTimeout(() => {
        callback?.(failed);
        if (fault === 'twice') callback?.({ status: 'succeeded', value: undefined as T });
      }, delay);
      return;
    }
    let result: AsyncResultLike<T>;
    try {
      result = { status: 'succeeded', value: effect() };
    } catch (e) {
      const name = e instanceof InvalidFormatError ? 'InvalidFormatError' : 'InvalidArgument';
      result = { ...failed, error: { code: 9041, name, message: (e as Error).message } };
    }
    setTimeout(() => callback?.(result), delay);
  }

  function recipients(field: RecipientField): RecipientsLike {
    return {
      getAsync: (cb) => call(`${field}.getAsync`, cb, () => state[field].map((r) => ({ ...r }))),
      setAsync: (list, cb) =>
        call(`${field}.setAsync`, cb, () => {
          if (list.length > 100) throw new Error('at most 100 recipients per call');
          update({ [field]: normalise(list) } as Partial<PreviewState>);
          raise(RECIPIENTS_CHANGED);
        }),
      addAsync: (list, cb) =>
        call(`${field}.addAsync`, cb, () => {
          if (list.length > 100) throw new Error('at most 100 recipients per call');
          update({ [field]: [...state[field], ...normalise(list)] } as Partial<PreviewState>);
          raise(RECIPIENTS_CHANGED);
        }),
    };
  }

  // Text written into an HTML body: escaped, its lines as blocks (a single line stays inline).
  const coerce = (data: string, options?: CoercionOptions) => (options?.coercionType === 'html' ? data : textToHtml(data).replace(/^<div>|<\/div>$/g, ''));
  const isText = () => state.bodyType === 'text';
  /** Office.js refuses HTML for a plain-text body: the call fails and nothing changes. */
  const refuseHtml = (operation: string, options?: CoercionOptions) => {
    if (isText() && options?.coercionType === 'html') throw new InvalidFormatError(`${operation}: coercionType html, but the message body is plain text`);
  };
  let textSignature: string | null = null;
  const session = new Map<string, string>();
  const lengthOf = (data: Map<string, string>) => [...data].reduce((sum, [name, value]) => sum + name.length + value.length, 0);

  const item: ComposeItemLike = {
    itemType: 'message',
    subject: {
      getAsync: (cb) => call('subject.getAsync', cb, () => state.subject),
      setAsync: (subject, cb) => call('subject.setAsync', cb, () => update({ subject })),
    },
    body: {
      getAsync: (coercion, cb) => call('body.getAsync', cb, () => (coercion === 'html' ? bodyAsHtml(state) : bodyAsText(state))),
      setAsync: (data, opts, cb) =>
        call('body.setAsync', cb, () => {
          refuseHtml('body.setAsync', opts);
          rewrite(isText() ? { bodyText: data } : { bodyHtml: coerce(data, opts) });
        }),
      prependAsync: (data, opts, cb) =>
        call('body.prependAsync', cb, () => {
          refuseHtml('body.prependAsync', opts);
          rewrite(isText() ? { bodyText: data + state.bodyText } : { bodyHtml: coerce(data, opts) + state.bodyHtml });
        }),
      setSelectedDataAsync: (data, opts, cb) =>
        call('body.setSelectedDataAsync', cb, () => {
          refuseHtml('body.setSelectedDataAsync', opts);
          const current = isText() ? state.bodyText : state.bodyHtml;
          const piece = isText() ? data : opts?.coercionType === 'html' ? data : escapeHtml(data).replace(/\r?\n/g, '<br>');
          // No caret in the body: Office.js inserts at the top of the body content.
          const top = isText() ? 0 : layoutHtml(current).contentStart;
          const at = Math.min(Math.max(cursor ?? top, 0), current.length);
          const next = current.slice(0, at) + piece + current.slice(at);
          update(isText() ? { bodyText: next } : { bodyHtml: next });
          cursor = at + piece.length;
        }),
      ...(options.signatureApi === false
        ? {}
        : {
            // Like Outlook: one signature per message; a new one replaces the previous one.
            setSignatureAsync: (data: string, opts: CoercionOptions, cb: Callback<void>) =>
              call('body.setSignatureAsync', cb, () => {
                refuseHtml('body.setSignatureAsync', opts);
                if (!isText()) {
                  rewrite({ bodyHtml: placeSignature(state.bodyHtml, opts?.coercionType === 'html' ? data : textToHtml(data)) });
                  return;
                }
                rewrite({ bodyText: placeTextSignature(state.bodyText, data, textSignature) });
                textSignature = data;
              }),
          }),
      getTypeAsync: (cb) => call('body.getTypeAsync', cb, () => state.bodyType),
    },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: (cb) => call('from.getAsync', cb, () => ({ ...state.from })) },
    getAttachmentsAsync: (cb) => call('getAttachmentsAsync', cb, () => state.attachments.map((a) => ({ ...a }))),
    // No caret in the body yet: Outlook answers with an error (another field has the focus).
    getSelectedDataAsync: (_coercion, cb) =>
      call('getSelectedDataAsync', cb, () => {
        if (cursor === null) throw new Error('the body has no caret');
        return { data: '', sourceProperty: 'body' };
      }),
    getComposeTypeAsync: (cb) => call('getComposeTypeAsync', cb, () => ({ composeType: state.composeType, coercionType: state.bodyType })),
    disableClientSignatureAsync: (cb) => call('disableClientSignatureAsync', cb, () => undefined),
    addHandlerAsync: (type, handler, cb) =>
      call('addHandlerAsync', cb, () => {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      }),
    removeHandlerAsync: (type, cb) =>
      call('removeHandlerAsync', cb, () => {
        handlers.delete(type);
      }),
    ...(options.sessionDataApi === false
      ? {}
      : {
          sessionData: {
            getAsync: (name: string, cb: Callback<string>) => call('sessionData.getAsync', cb, () => session.get(name) ?? ''),
            setAsync: (name: string, value: string, cb?: Callback<void>) =>
              call('sessionData.setAsync', cb, () => {
                if (lengthOf(new Map(session).set(name, value)) > SESSION_DATA_LIMIT) throw new Error(`the session data of an item is limited to ${SESSION_DATA_LIMIT} characters`);
                session.set(name, value);
              }),
            removeAsync: (name: string, cb?: Callback<void>) => call('sessionData.removeAsync', cb, () => void session.delete(name)),
          },
        }),
  };

  const roamingSettings = options.roamingSettings ?? memorySettings();
  // Faults apply to this window's view of the settings, without changing the shared store.
  const settings: RoamingSettingsLike = {
    get: (name) => roamingSettings.get(name),
    set: (name, value) => roamingSettings.set(name, value),
    remove: (name) => roamingSettings.remove?.(name),
    saveAsync: (cb) => call('roamingSettings.saveAsync', cb, () => undefined),
  };

  return {
    item,
    roamingSettings: settings,
    faults,
    calls,
    userProfile: { displayName: options.displayName ?? state.from.displayName, emailAddress: state.from.emailAddress },
    diagnostics: { hostName: 'Etykieta preview', hostVersion: '1.0' },
    state: () => state,
    edit: (change) => {
      const recipientsChanged = (['to', 'cc', 'bcc'] as const).some((f) => f in change);
      const attachmentsChanged = 'attachments' in change;
      update(change);
      if (recipientsChanged) raise(RECIPIENTS_CHANGED);
      if (attachmentsChanged) raise(ATTACHMENTS_CHANGED);
    },
    setCursor: (index) => {
      cursor = index;
    },
    setBodyType: (type) => {
      if (type === state.bodyType) return;
      cursor = null;
      textSignature = null;
      update(convertBody(state, type));
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
