/**
 * An in-page imitation of Outlook's compose item, for the preview and the adapter tests: every
 * call answers asynchronously through a callback with `status: 'succeeded' | 'failed'`, raises
 * RecipientsChanged / AttachmentsChanged, and supports setSignatureAsync like requirement set
 * 1.10. Any call can be made to fail on purpose (`?fail=body.setAsync` in the preview) to show
 * how the task pane reports an Office error.
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
import { escapeHtml, placeSignature, textToHtml } from '../office/html-edit';
import { memorySettings } from '../office/settings';
import { ATTACHMENTS_CHANGED, RECIPIENTS_CHANGED } from '../office/compose-adapter';

/** How an injected fault behaves: a failed result, a synchronous throw, no answer, or two answers. */
export type FaultMode = 'fail' | 'throw' | 'hang' | 'twice';
export type Faults = Record<string, FaultMode>;

export type ComposeKind = 'new' | 'reply' | 'forward';

export type PreviewState = {
  subject: string;
  bodyHtml: string;
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
  /** Where setSelectedDataAsync inserts: an index into the body HTML (the textarea's caret). */
  setCursor(index: number): void;
  /** Called after any change, by the user or through the API, so the window can redraw. */
  onChange(listener: (state: PreviewState) => void): () => void;
  /** Number of calls per operation, for tests. */
  calls: Record<string, number>;
};

export const DEFAULT_FROM: EmailAddressLike = { displayName: 'Anna Nowak', emailAddress: 'anna.nowak@gmina.example.pl' };

export function emptyState(): PreviewState {
  return { subject: '', bodyHtml: '<html><body><div><br></div></body></html>', to: [], cc: [], bcc: [], attachments: [], composeType: 'new', from: DEFAULT_FROM };
}

type RecipientField = 'to' | 'cc' | 'bcc';

function normalise(list: Array<EmailAddressLike | string>): EmailAddressLike[] {
  return list.map((r) => (typeof r === 'string' ? { displayName: r, emailAddress: r } : { displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress }));
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
      result = { ...failed, error: { code: 9041, name: 'InvalidArgument', message: (e as Error).message } };
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

  const coerce = (data: string, options?: CoercionOptions) => (options?.coercionType === 'html' ? data : textToHtml(data).replace(/^<div>|<\/div>$/g, ''));

  const item: ComposeItemLike = {
    itemType: 'message',
    subject: {
      getAsync: (cb) => call('subject.getAsync', cb, () => state.subject),
      setAsync: (subject, cb) => call('subject.setAsync', cb, () => update({ subject })),
    },
    body: {
      getAsync: (coercion, cb) => call('body.getAsync', cb, () => (coercion === 'html' ? state.bodyHtml : state.bodyHtml.replace(/<[^<>]*>/g, ''))),
      setAsync: (data, opts, cb) => call('body.setAsync', cb, () => update({ bodyHtml: coerce(data, opts) })),
      prependAsync: (data, opts, cb) => call('body.prependAsync', cb, () => update({ bodyHtml: coerce(data, opts) + state.bodyHtml })),
      setSelectedDataAsync: (data, opts, cb) =>
        call('body.setSelectedDataAsync', cb, () => {
          const html = opts?.coercionType === 'html' ? data : escapeHtml(data).replace(/\r?\n/g, '<br>');
          const at = Math.min(Math.max(cursor ?? state.bodyHtml.length, 0), state.bodyHtml.length);
          update({ bodyHtml: state.bodyHtml.slice(0, at) + html + state.bodyHtml.slice(at) });
          cursor = at + html.length;
        }),
      ...(options.signatureApi === false
        ? {}
        : {
            // Like Outlook: one signature per message; a new one replaces the previous one.
            setSignatureAsync: (data: string, _opts: CoercionOptions, cb: Callback<void>) => call('body.setSignatureAsync', cb, () => update({ bodyHtml: placeSignature(state.bodyHtml, data) })),
          }),
      getTypeAsync: (cb) => call('body.getTypeAsync', cb, () => 'html'),
    },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: (cb) => call('from.getAsync', cb, () => ({ ...state.from })) },
    getAttachmentsAsync: (cb) => call('getAttachmentsAsync', cb, () => state.attachments.map((a) => ({ ...a }))),
    getComposeTypeAsync: (cb) => call('getComposeTypeAsync', cb, () => ({ composeType: state.composeType, coercionType: 'html' })),
    disableClientSignatureAsync: (cb) => call('disableClientSignatureAsync', cb, () => undefined),
    addHandlerAsync: (type, handler, cb) =>
      call('addHandlerAsync', cb, () => {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      }),
    removeHandlerAsync: (type, cb) =>
      call('removeHandlerAsync', cb, () => {
        handlers.delete(type);
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
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
