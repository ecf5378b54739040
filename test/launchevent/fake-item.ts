/**
 * A fake Outlook compose item for the event handlers: async callbacks, and per-call faults
 * (fail, throw synchronously, never call back, call back twice, answer slowly).
 */
import type { AsyncResultLike, Callback, ComposeItemLike, EmailAddressLike, MailboxLike } from '../../src/office/office-like';

export type Fault = 'fail' | 'throw' | 'hang' | 'twice' | { delayMs: number };

export type FakeState = {
  subject: string;
  body: string;
  to: EmailAddressLike[];
  cc: EmailAddressLike[];
  bcc: EmailAddressLike[];
  from: EmailAddressLike;
  composeType: 'newMail' | 'reply' | 'forward';
  attachments: { name: string; size: number; isInline: boolean }[];
  signature?: string;
  clientSignatureDisabled: boolean;
  /** Plain-text compose (body.getTypeAsync = 'text'); the coercion of each write is kept. */
  bodyType?: 'html' | 'text';
  coercions?: string[];
  /** The item's session data (Mailbox 1.11), name → value. */
  session: Record<string, string>;
};

/** `withSessionData: false`: an Outlook before Mailbox 1.11, whose item has no sessionData. */
export type FakeOptions = { faults?: Record<string, Fault>; withSignatureApi?: boolean; withSessionData?: boolean; delayMs?: number };

export function fakeMailbox(initial: Partial<FakeState> = {}, options: FakeOptions = {}) {
  const state: FakeState = {
    subject: '',
    body: '',
    to: [],
    cc: [],
    bcc: [],
    from: { displayName: 'Jan Nowak', emailAddress: 'jan.nowak@gmina.example.pl' },
    composeType: 'newMail',
    attachments: [],
    clientSignatureDisabled: false,
    session: {},
    ...initial,
  };
  const calls: string[] = [];
  let waves = 0;
  let inFlight = 0;

  function call<T>(name: string, callback: Callback<T> | undefined, value: () => T, effect?: () => void): void {
    calls.push(name);
    const fault = options.faults?.[name] ?? options.faults?.['*'];
    if (fault === 'throw') throw new Error(`${name} is not available`);
    if (fault === 'hang') return;
    if (inFlight === 0) waves++;
    inFlight++;
    const ok: () => AsyncResultLike<T> = () => ({ status: 'succeeded', value: value() });
    const failed: AsyncResultLike<T> = { status: 'failed', value: undefined as T, error: { code: 9002, message: `${name} failed` } };
    const delay = typeof fault === 'object' ? fault.delayMs : (options.delayMs ?? 0);
    setTimeout(() => {
      inFlight--;
      if (fault === 'fail') return callback?.(failed);
      let result: AsyncResultLike<T>;
      try {
        effect?.();
        result = ok();
      } catch (e) {
        result = { ...failed, error: { code: 9002, message: (e as Error).message } };
      }
      callback?.(result);
      if (fault === 'twice') callback?.(result);
    }, delay);
  }
  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: (cb: Callback<EmailAddressLike[]>) => call(`${field}.getAsync`, cb, () => state[field].map((r) => ({ ...r }))),
    setAsync: (list: Array<EmailAddressLike | string>, cb: Callback<void>) =>
      call(`${field}.setAsync`, cb, () => undefined, () => {
        state[field] = list.map((r) => (typeof r === 'string' ? { emailAddress: r } : r));
      }),
  });

  const item: ComposeItemLike = {
    itemType: 'message',
    subject: {
      getAsync: (cb) => call('subject.getAsync', cb, () => state.subject),
      setAsync: (s, cb) => call('subject.setAsync', cb, () => undefined, () => (state.subject = s)),
    },
    body: {
      getAsync: (type, cb) => call('body.getAsync', cb, () => (type === 'text' ? htmlToRoughText(withSignature(state)) : withSignature(state))),
      getTypeAsync: (cb) => call('body.getTypeAsync', cb, () => state.bodyType ?? 'html'),
      setAsync: (data, o, cb) => call('body.setAsync', cb, () => undefined, () => ((state.body = data), (state.coercions ??= []).push(o.coercionType))),
      prependAsync: (data, o, cb) => call('body.prependAsync', cb, () => undefined, () => ((state.body = data + state.body), (state.coercions ??= []).push(o.coercionType))),
      ...(options.withSignatureApi === false
        ? {}
        : {
            setSignatureAsync: (data: string, o: { coercionType: string }, cb: Callback<void>) =>
              call('body.setSignatureAsync', cb, () => undefined, () => ((state.signature = data), (state.coercions ??= []).push(o.coercionType))),
          }),
    },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: (cb) => call('from.getAsync', cb, () => state.from) },
    getAttachmentsAsync: (cb) => call('getAttachmentsAsync', cb, () => state.attachments),
    getComposeTypeAsync: (cb) => call('getComposeTypeAsync', cb, () => ({ composeType: state.composeType })),
    ...(options.withSignatureApi === false
      ? {}
      : { disableClientSignatureAsync: (cb: Callback<void>) => call('disableClientSignatureAsync', cb, () => undefined, () => (state.clientSignatureDisabled = true)) }),
    ...(options.withSessionData === false
      ? {}
      : {
          sessionData: {
            // A name never set fails here (the preview answers ''): Office does not document which.
            getAsync: (name: string, cb: Callback<string>) =>
              call('sessionData.getAsync', cb, () => {
                if (!(name in state.session)) throw new Error(`no session data named ${name}`);
                return state.session[name];
              }),
            setAsync: (name: string, value: string, cb?: Callback<void>) => call('sessionData.setAsync', cb, () => undefined, () => (state.session[name] = value)),
          },
        }),
  };
  const mailbox: MailboxLike = { item, userProfile: { displayName: 'Jan Nowak', emailAddress: 'jan.nowak@gmina.example.pl' } };
  return { mailbox, state, calls, waves: () => waves };
}

/** Outlook keeps the signature in its own area after the text the clerk writes. */
function withSignature(state: FakeState): string {
  return state.signature ? `${state.body}${state.signature}` : state.body;
}

/** Outlook's text rendering of the body, roughly: block ends become line breaks. */
function htmlToRoughText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/tr|hr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}

export type Completion<O> = { calls: Array<O | undefined>; done: Promise<O | undefined> };

/** An event whose completions are recorded; `done` resolves at the first one. */
export function recordingEvent<O>(): { event: { completed(o?: O): void }; completion: Completion<O> } {
  const calls: Array<O | undefined> = [];
  let resolve!: (o: O | undefined) => void;
  const done = new Promise<O | undefined>((r) => (resolve = r));
  return {
    event: {
      completed(o?: O) {
        calls.push(o);
        resolve(o);
      },
    },
    completion: { calls, done },
  };
}
