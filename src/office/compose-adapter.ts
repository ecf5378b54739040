/**
 * The Office implementation of ComposeAdapter. Every Office call goes through officeCall, so a
 * failed, thrown, lost or doubled callback ends in one OfficeCallError naming the operation.
 * Body edits read the body in its own format (body.getTypeAsync: HTML, or plain text as offices
 * often write, contract § 5), change only what the fix is about (src/office/letter-edit.ts) and write
 * it back in one setAsync in the same format: when any step fails nothing has been written.
 */
import type { Address, MailMessage, SenderProfile } from '../engine/model';
import type { Fix } from '../engine/types';
import type { TemplateText } from '../engine/templates';
import { buildSignature } from '../engine/signature';
import { senderFor } from '../engine/sender';
import { moveToBcc } from '../engine/fixes/move-to-bcc';
import { officeCall } from './async';
import { readComposeItem, toAddresses } from './read-item';
import type { BodyFormat, LetterBody, Writer } from './letter-edit';
import { LetterEditError } from './letter-edit-error';
import { loadProfile, memorySettings, saveProfile } from './settings';
import { readIgnored, sessionDataOf, writeIgnored } from './ignored';
import type { ComposeItemLike, EmailAddressLike, MailboxLike, RoamingSettingsLike } from './office-like';
import { OfficeCallError, type ComposeAdapter, type FixContext, type MessageSnapshot, type SentencePlace } from './types';

/** Office.EventType values; no global Office is needed to name them. */
export const RECIPIENTS_CHANGED = 'olkRecipientsChanged';
export const ATTACHMENTS_CHANGED = 'olkAttachmentsChanged';
export const OFFICE_THEME_CHANGED = 'officeThemeChanged';

/** Outlook accepts at most 100 recipients per setAsync/addAsync call. */
export const RECIPIENTS_PER_CALL = 100;

export type ContextLike = {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor?: string; bodyForegroundColor?: string };
  /** Office.context.requirements: asked before a feature newer than the manifest's minimum is used. */
  requirements?: { isSetSupported(name: string, version?: string): boolean };
};

export type ComposeAdapterOptions = {
  /** Office.context (or the preview's imitation): display language and theme. */
  context?: ContextLike;
  /** How often the body and subject are polled for edits (Outlook has no event for them). */
  pollMs?: number;
  /** Per-call timeout of officeCall. */
  timeoutMs?: number;
};

const FIELDS = ['to', 'cc', 'bcc'] as const;

function requireItem(mailbox: MailboxLike): ComposeItemLike {
  const item = mailbox.item;
  if (!item) throw new OfficeCallError('mailbox.item', 'no-item', 'mailbox.item: no message is being composed');
  return item;
}

function toOffice(list: readonly Address[]): EmailAddressLike[] {
  return list.map((a) => ({ displayName: a.name ?? a.address, emailAddress: a.address, ...(a.isList ? { recipientType: 'distributionList' } : {}) }));
}

function sameAddresses(a: readonly Address[], b: readonly Address[]): boolean {
  return a.length === b.length && a.every((x, i) => x.address.toLowerCase() === b[i].address.toLowerCase());
}

function sameExactly(a: readonly Address[], b: readonly Address[]): boolean {
  return a.length === b.length && a.every((x, i) => x.address === b[i].address && (x.name ?? '') === (b[i].name ?? '') && Boolean(x.isList) === Boolean(b[i].isList));
}

/** A refused edit becomes the Office error the pane knows how to explain; nothing was written. */
function refused(operation: string, error: unknown): never {
  if (error instanceof LetterEditError) throw new OfficeCallError(operation, error.reason, `${operation}: ${error.message}; nothing was changed`);
  throw error;
}

/**
 * The code that edits the letter (letter-edit.ts with html-edit.ts and htmlparser2's Parser),
 * loaded on the first fix: the pane's first load, which only reads and checks, does not carry it.
 */
type LetterEdits = typeof import('./letter-edit');
const letterEdits = (): Promise<LetterEdits> => import('./letter-edit');

export function createComposeAdapter(mailbox: MailboxLike, roamingSettingsIn?: RoamingSettingsLike, options: ComposeAdapterOptions = {}): ComposeAdapter {
  // A host without roamingSettings still keeps the profile for this session.
  const roamingSettings = roamingSettingsIn ?? memorySettings();
  const timeoutMs = options.timeoutMs;
  const pollMs = options.pollMs ?? 1500;
  const requirements = options.context?.requirements;
  const supports = requirements ? (version: string) => requirements.isSetSupported('Mailbox', version) : undefined;

  /** The body's format: HTML unless Outlook says the message is plain text (older clients: HTML). */
  async function bodyFormat(item: ComposeItemLike): Promise<BodyFormat> {
    const getType = item.body.getTypeAsync;
    if (!getType) return 'html';
    const type = await officeCall<string>('body.getTypeAsync', (cb) => getType.call(item.body, cb), timeoutMs);
    return type === 'text' ? 'text' : 'html';
  }
  const getBody = (item: ComposeItemLike, format: BodyFormat) => officeCall<string>('body.getAsync', (cb) => item.body.getAsync(format, cb), timeoutMs);
  const setBody = (item: ComposeItemLike, format: BodyFormat, data: string) =>
    officeCall<void>('body.setAsync', (cb) => item.body.setAsync(data, { coercionType: format }, cb), timeoutMs);
  const getSubject = (item: ComposeItemLike) => officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb), timeoutMs);

  const readFrom = (item: ComposeItemLike) =>
    item.from ? officeCall<EmailAddressLike>('from.getAsync', (cb) => item.from!.getAsync(cb), timeoutMs).catch(() => undefined) : Promise.resolve(undefined);

  /** Whose letter: the typed signature is recognised by the clerk's name, as the check does. */
  async function writerOf(item: ComposeItemLike, profile: SenderProfile): Promise<Writer> {
    const from = await readFrom(item);
    const user = mailbox.userProfile;
    const address = from?.emailAddress ? from : user?.emailAddress ? { emailAddress: user.emailAddress, displayName: user.displayName } : undefined;
    return { sender: profile, from: address ? toAddresses([address])[0] : undefined };
  }

  /** Reads the body in its format, applies a pure edit, writes it back once (only if it changed). */
  async function editBody(operation: string, profile: SenderProfile, edit: (body: LetterBody, writer: Writer, edits: LetterEdits) => string): Promise<void> {
    const item = requireItem(mailbox);
    const format = await bodyFormat(item);
    const [raw, writer, edits] = await Promise.all([getBody(item, format), writerOf(item, profile), letterEdits()]);
    let next: string;
    try {
      next = edit(edits.openBody(format, raw ?? '', writer), writer, edits);
    } catch (error) {
      refused(operation, error);
    }
    if (next !== (raw ?? '')) await setBody(item, format, next);
  }

  async function setRecipients(item: ComposeItemLike, field: 'to' | 'cc' | 'bcc', list: readonly Address[]): Promise<void> {
    const recipients = item[field];
    const all = toOffice(list);
    const first = all.slice(0, RECIPIENTS_PER_CALL);
    await officeCall<void>(`${field}.setAsync`, (cb) => recipients.setAsync(first, cb), timeoutMs);
    for (let i = RECIPIENTS_PER_CALL; i < all.length; i += RECIPIENTS_PER_CALL) {
      const add = recipients.addAsync;
      if (!add) throw new OfficeCallError(`${field}.addAsync`, 'unsupported', `${field}.addAsync: more than ${RECIPIENTS_PER_CALL} recipients need addAsync, which this Outlook lacks`);
      const chunk = all.slice(i, i + RECIPIENTS_PER_CALL);
      await officeCall<void>(`${field}.addAsync`, (cb) => add.call(recipients, chunk, cb), timeoutMs);
    }
  }

  async function applyMoveToBcc(addresses: string[], toWhenEmpty?: Address): Promise<void> {
    const item = requireItem(mailbox);
    const before = await readComposeItem(item, mailbox, timeoutMs, await bodyFormat(item));
    const after: MailMessage = moveToBcc(before, addresses, toWhenEmpty);
    // Bcc first: if a later call fails, an address is at worst in two fields, never in none
    // (the sender's own address leaving Bcc for To is the one exception: it is hers).
    for (const field of ['bcc', 'to', 'cc'] as const) {
      if (!sameAddresses(before[field], after[field])) await setRecipients(item, field, after[field]);
    }
  }

  async function applySignature(fix: Extract<Fix, { kind: 'insertSignature' }>, context: FixContext): Promise<void> {
    const item = requireItem(mailbox);
    const format = await bodyFormat(item);
    const [raw, writer, edits] = await Promise.all([getBody(item, format), writerOf(item, context.profile), letterEdits()]);
    // Sent from a shared mailbox, the signature is that mailbox's variant (engine/sender.ts).
    const built = buildSignature(context.config, senderFor(context.config, writer.from?.address, context.profile) ?? {}, fix.variant, context.lang);
    const body = edits.openBody(format, raw ?? '', writer);
    const existing = body.parsed.signature;
    // setSignatureAsync (1.10) puts it where Outlook keeps signatures; but a block we wrote into
    // the body before must be replaced there, and a typed one is the clerk's: never a second one.
    if (!existing && item.body.setSignatureAsync) {
      const setSignature = item.body.setSignatureAsync;
      const data = format === 'html' ? built.html : built.text;
      await officeCall<void>('body.setSignatureAsync', (cb) => setSignature.call(item.body, data, { coercionType: format }, cb), timeoutMs);
      return;
    }
    let next: string;
    try {
      next = edits.placeOurSignature(body, built, fix.replace);
    } catch (error) {
      refused('insertSignature', error);
    }
    if (next !== (raw ?? '')) await setBody(item, format, next);
  }

  async function applyFix(fix: Fix, context: FixContext): Promise<void> {
    const item = requireItem(mailbox);
    switch (fix.kind) {
      case 'insertSignature':
        return applySignature(fix, context);
      case 'insertGreeting':
        return editBody('insertGreeting', context.profile, (body, _writer, edits) => edits.addGreeting(body, fix.text));
      case 'insertClosing':
        return editBody('insertClosing', context.profile, (body, _writer, edits) => edits.addClosing(body, fix.text));
      case 'moveToBcc':
        return applyMoveToBcc(fix.addresses, fix.toWhenEmpty);
      case 'replaceText': {
        if (fix.field === 'subject') {
          const subject = (await getSubject(item)) ?? '';
          if (subject.slice(fix.start, fix.end) !== fix.from) throw new OfficeCallError('replaceText', 'stale', `replaceText: the subject no longer contains "${fix.from}" at that place; nothing was changed`);
          const next = subject.slice(0, fix.start) + fix.to + subject.slice(fix.end);
          await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(next, cb), timeoutMs);
          return;
        }
        return editBody('replaceText', context.profile, (body, _writer, edits) => edits.replaceText(body, fix.start, fix.end, fix.from, fix.to));
      }
      case 'setSubject':
        await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(fix.text, cb), timeoutMs);
        return;
    }
  }

  /** The clerk's profile for finding a typed signature; without it the edit still goes above the thread. */
  const profileForEdit = () => loadProfile(roamingSettings).catch((): SenderProfile => ({}));

  async function insertTemplate(build: (message: MailMessage) => TemplateText): Promise<void> {
    const item = requireItem(mailbox);
    const format = await bodyFormat(item);
    const [message, profile] = await Promise.all([readComposeItem(item, mailbox, timeoutMs, format), profileForEdit()]);
    const template = build({ ...message, sender: profile });
    // Loaded on the first insert: the pane's first load carries no template placement.
    const { placeTemplate } = await import('./letter-inserts');
    await editBody('insertTemplate', profile, (body, writer) => placeTemplate(body, template, writer));
  }

  /**
   * At the caret when Outlook says it is in the body with nothing selected (a selection would be
   * overwritten), and only if the sentence then sits in the own text below the greeting; Outlook
   * puts it at the top of the body when the caret was never there, and a caret may stand in the
   * quoted thread. Otherwise, or then, the body is written back with the sentence at the end of
   * the own text, above the signature and the thread.
   */
  async function insertSentence(text: string): Promise<SentencePlace> {
    const item = requireItem(mailbox);
    const setSelected = item.body.setSelectedDataAsync;
    const getSelected = item.getSelectedDataAsync;
    const format = await bodyFormat(item);
    const profile = await profileForEdit();
    const [before, writer, { openBody }] = await Promise.all([getBody(item, format), writerOf(item, profile), letterEdits()]);
    const original = openBody(format, before ?? '', writer);
    const { addSentence, landedInOwnText } = await import('./letter-inserts');
    const atEnd = () => addSentence(original, text);
    if (setSelected && getSelected) {
      const selection = await officeCall<{ data: string; sourceProperty?: string }>('getSelectedDataAsync', (cb) => getSelected.call(item, 'text', cb), timeoutMs).catch(() => undefined);
      if (selection && selection.sourceProperty === 'body' && selection.data === '') {
        await officeCall<void>('body.setSelectedDataAsync', (cb) => setSelected.call(item.body, text, { coercionType: 'text' }, cb), timeoutMs);
        const after = (await getBody(item, format)) ?? '';
        if (landedInOwnText(original.parsed, openBody(format, after, writer).parsed.text, text)) return 'caret';
        // Misplaced: the body as it was, with the sentence where it belongs, in one write.
        await setBody(item, format, atEnd());
        return 'end';
      }
    }
    await setBody(item, format, atEnd());
    return 'end';
  }

  async function snapshot(): Promise<MessageSnapshot> {
    const item = requireItem(mailbox);
    const format = await bodyFormat(item);
    const [body, subject, to, cc, bcc] = await Promise.all([
      getBody(item, format),
      getSubject(item),
      ...FIELDS.map((field) => officeCall<EmailAddressLike[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb), timeoutMs)),
    ]);
    return { format, body: body ?? '', subject: subject ?? '', to: toAddresses(to), cc: toAddresses(cc), bcc: toAddresses(bcc) };
  }

  async function restore(target: MessageSnapshot, expected?: MessageSnapshot): Promise<void> {
    const item = requireItem(mailbox);
    const now = await snapshot();
    if (expected) {
      const same = now.format === expected.format && now.body === expected.body && now.subject === expected.subject && FIELDS.every((f) => sameExactly(now[f], expected[f]));
      if (!same) throw new OfficeCallError('restore', 'changed', 'restore: the message has changed since; nothing was undone');
    }
    if (now.body !== target.body || now.format !== target.format) await setBody(item, target.format, target.body);
    if (now.subject !== target.subject) await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(target.subject, cb), timeoutMs);
    // Bcc first, as in the move: an address is at worst in two fields for a moment, never in none.
    for (const field of ['bcc', 'to', 'cc'] as const) if (!sameExactly(now[field], target[field])) await setRecipients(item, field, target[field]);
  }

  function subscribe(onChange: () => void): () => void {
    const item = mailbox.item;
    if (!item) return () => undefined;
    let active = true;
    const handler = () => {
      if (active) onChange();
    };
    const registered: string[] = [];
    for (const type of [RECIPIENTS_CHANGED, ATTACHMENTS_CHANGED]) {
      if (!item.addHandlerAsync) break;
      try {
        item.addHandlerAsync(type, handler, (r) => {
          if (r?.status === 'succeeded') registered.push(type);
        });
      } catch {
        // An older client without the event: the poll below still notices the change.
      }
    }
    // Outlook raises no event for typing in the body or subject: a light poll, debounced by the pane.
    let last: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        // From too: sent from another mailbox, the message is checked as that sender.
        const [subject, body, from] = await Promise.all([getSubject(item), bodyFormat(item).then((format) => getBody(item, format)), readFrom(item)]);
        const snapshotText = `${subject}\u0000${body}\u0000${from?.emailAddress ?? ''}`;
        if (last !== undefined && snapshotText !== last) handler();
        last = snapshotText;
      } catch {
        // A failed poll is retried on the next tick; the explicit read shows real errors.
      }
      if (active) timer = setTimeout(poll, pollMs);
    };
    timer = setTimeout(poll, 0);
    return () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      for (const type of registered) {
        try {
          item.removeHandlerAsync?.(type, () => undefined);
        } catch {
          // Removing a handler of a closed item may throw; the flag above already mutes it.
        }
      }
    };
  }

  return {
    read: async () => {
      const item = requireItem(mailbox);
      const format = await bodyFormat(item).catch(() => 'html' as const);
      const [message, profile] = await Promise.all([readComposeItem(item, mailbox, timeoutMs, format), loadProfile(roamingSettings)]);
      return { ...message, sender: profile };
    },
    applyFix,
    insertTemplate,
    insertSentence,
    snapshot,
    restore,
    loadIgnored: () => readIgnored(mailbox.item, supports, timeoutMs),
    saveIgnored: (ids) => writeIgnored(mailbox.item, ids, supports, timeoutMs),
    ignoresReachSend: () => sessionDataOf(mailbox.item, supports) !== undefined,
    loadProfile: () => loadProfile(roamingSettings),
    saveProfile: (profile: SenderProfile) => saveProfile(roamingSettings, profile, timeoutMs),
    subscribe,
    displayLanguage: () => options.context?.displayLanguage ?? 'pl-PL',
    theme: () => options.context?.officeTheme,
    onThemeChange: (listener) => {
      let active = true;
      const handler = (event?: { officeTheme?: { bodyBackgroundColor?: string; bodyForegroundColor?: string } }) => {
        if (active && event?.officeTheme) listener(event.officeTheme);
      };
      try {
        mailbox.addHandlerAsync?.(OFFICE_THEME_CHANGED, handler, () => undefined);
      } catch {
        // A client before Mailbox 1.14: the pane keeps the theme it opened with.
      }
      return () => {
        active = false;
        try {
          mailbox.removeHandlerAsync?.(OFFICE_THEME_CHANGED, () => undefined);
        } catch {
          // The mailbox may be gone with the pane; the flag above already mutes the handler.
        }
      };
    },
  };
}
