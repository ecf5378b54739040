/**
 * The Office implementation of ComposeAdapter. Every Office call goes through officeCall, so a
 * failed, thrown, lost or doubled callback ends in one OfficeCallError naming the operation.
 * Body edits read the HTML, change only what the fix is about (src/office/html-edit.ts) and write
 * it back in one setAsync: when any step fails nothing has been written.
 */
import type { Address, MailMessage, SenderProfile } from '../engine/model';
import { createMessage } from '../engine/model';
import type { Fix } from '../engine/types';
import { parseBody } from '../engine/parse/body';
import { buildSignature } from '../engine/signature';
import { senderFor } from '../engine/sender';
import { moveToBcc } from '../engine/fixes/move-to-bcc';
import { officeCall } from './async';
import { readComposeItem } from './read-item';
import { insertAtTop, insertBeforeSignature, placeSignature, replaceTextRange } from './html-edit';
import { loadProfile, memorySettings, saveProfile } from './settings';
import type { ComposeItemLike, EmailAddressLike, MailboxLike, RoamingSettingsLike } from './office-like';
import { OfficeCallError, type ComposeAdapter, type FixContext, type InsertPosition } from './types';

/** Office.EventType values; no global Office is needed to name them. */
export const RECIPIENTS_CHANGED = 'olkRecipientsChanged';
export const ATTACHMENTS_CHANGED = 'olkAttachmentsChanged';

/** Outlook accepts at most 100 recipients per setAsync/addAsync call. */
export const RECIPIENTS_PER_CALL = 100;

export type ContextLike = {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor?: string; bodyForegroundColor?: string };
};

export type ComposeAdapterOptions = {
  /** Office.context (or the preview's imitation): display language and theme. */
  context?: ContextLike;
  /** How often the body and subject are polled for edits (Outlook has no event for them). */
  pollMs?: number;
  /** Per-call timeout of officeCall. */
  timeoutMs?: number;
};

const HTML = { coercionType: 'html' as const };

function requireItem(mailbox: MailboxLike): ComposeItemLike {
  const item = mailbox.item;
  if (!item) throw new OfficeCallError('mailbox.item', 'no-item', 'mailbox.item: no message is being composed');
  return item;
}

function toOffice(list: readonly Address[]): EmailAddressLike[] {
  return list.map((a) => (a.name ? { displayName: a.name, emailAddress: a.address } : { displayName: a.address, emailAddress: a.address }));
}

function sameAddresses(a: readonly Address[], b: readonly Address[]): boolean {
  return a.length === b.length && a.every((x, i) => x.address.toLowerCase() === b[i].address.toLowerCase());
}

export function createComposeAdapter(mailbox: MailboxLike, roamingSettingsIn?: RoamingSettingsLike, options: ComposeAdapterOptions = {}): ComposeAdapter {
  // A host without roamingSettings still keeps the profile for this session.
  const roamingSettings = roamingSettingsIn ?? memorySettings();
  const timeoutMs = options.timeoutMs;
  const pollMs = options.pollMs ?? 1500;

  const getHtml = (item: ComposeItemLike) => officeCall<string>('body.getAsync', (cb) => item.body.getAsync('html', cb), timeoutMs);
  const setHtml = (item: ComposeItemLike, html: string) => officeCall<void>('body.setAsync', (cb) => item.body.setAsync(html, HTML, cb), timeoutMs);

  /** Reads the HTML body, applies a pure edit, writes it back once. */
  async function editBody(edit: (html: string) => string): Promise<void> {
    const item = requireItem(mailbox);
    const html = (await getHtml(item)) ?? '';
    const next = edit(html);
    if (next !== html) await setHtml(item, next);
  }

  const readFrom = (item: ComposeItemLike) =>
    item.from ? officeCall<EmailAddressLike>('from.getAsync', (cb) => item.from!.getAsync(cb), timeoutMs).catch(() => undefined) : Promise.resolve(undefined);

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
    const before = await readComposeItem(item, mailbox, timeoutMs);
    const after: MailMessage = moveToBcc(before, addresses, toWhenEmpty);
    // Bcc first: if a later call fails, an address is at worst in two fields, never in none
    // (the sender's own address leaving Bcc for To is the one exception: it is hers).
    for (const field of ['bcc', 'to', 'cc'] as const) {
      if (!sameAddresses(before[field], after[field])) await setRecipients(item, field, after[field]);
    }
  }

  async function applyFix(fix: Fix, context: FixContext): Promise<void> {
    const item = requireItem(mailbox);
    switch (fix.kind) {
      case 'insertSignature': {
        // Sent from a shared mailbox, the signature is that mailbox's variant (engine/sender.ts).
        const [html = '', from] = await Promise.all([getHtml(item), readFrom(item)]);
        const { html: signatureHtml } = buildSignature(context.config, senderFor(context.config, from?.emailAddress, context.profile) ?? {}, fix.variant, context.lang);
        const parsed = parseBody(createMessage({ bodyHtml: html }));
        const hasOurs = parsed.signature?.marked === true;
        // setSignatureAsync (1.10) puts it where Outlook keeps signatures; but a block we wrote into
        // the body before must be replaced there, or the message would carry two.
        if (!hasOurs && item.body.setSignatureAsync) {
          const setSignature = item.body.setSignatureAsync;
          await officeCall<void>('body.setSignatureAsync', (cb) => setSignature.call(item.body, signatureHtml, HTML, cb), timeoutMs);
          return;
        }
        const next = placeSignature(html, signatureHtml, parsed.quote ? parsed.quote.start : null);
        if (next !== html) await setHtml(item, next);
        return;
      }
      case 'insertGreeting':
        return editBody((html) => insertAtTop(html, fix.text));
      case 'insertClosing':
        return editBody((html) => insertBeforeSignature(html, fix.text, parseBody(createMessage({ bodyHtml: html })).own.end));
      case 'moveToBcc':
        return applyMoveToBcc(fix.addresses, fix.toWhenEmpty);
      case 'replaceText': {
        if (fix.field === 'subject') {
          const subject = (await officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb), timeoutMs)) ?? '';
          if (subject.slice(fix.start, fix.end) !== fix.from) throw new OfficeCallError('replaceText', 'stale', `replaceText: the subject no longer contains "${fix.from}" at that place`);
          const next = subject.slice(0, fix.start) + fix.to + subject.slice(fix.end);
          await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(next, cb), timeoutMs);
          return;
        }
        const html = (await getHtml(item)) ?? '';
        const result = replaceTextRange(html, fix.start, fix.end, fix.from, fix.to);
        if (!result.ok) {
          const why = result.reason === 'stale' ? 'the text has changed since the check' : 'the text is split by formatting';
          throw new OfficeCallError('replaceText', result.reason, `replaceText: "${fix.from}" could not be replaced exactly (${why}); nothing was changed`);
        }
        await setHtml(item, result.html);
        return;
      }
      case 'setSubject':
        await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(fix.text, cb), timeoutMs);
        return;
      case 'focusSubject':
        // Office.js cannot move the focus into the subject line; the pane shows a hint instead.
        return;
    }
  }

  async function insertText(text: string, where: InsertPosition): Promise<void> {
    const item = requireItem(mailbox);
    const setSelected = item.body.setSelectedDataAsync;
    if (where === 'cursor' && setSelected) {
      await officeCall<void>('body.setSelectedDataAsync', (cb) => setSelected.call(item.body, text, { coercionType: 'text' }, cb), timeoutMs);
      return;
    }
    // Without a cursor API the top of the own text is the one place that is never inside the quote.
    await editBody((html) => insertAtTop(html, text));
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
        const [subject, html, from] = await Promise.all([
          officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb), timeoutMs),
          getHtml(item),
          readFrom(item),
        ]);
        const snapshot = `${subject}\u0000${html}\u0000${from?.emailAddress ?? ''}`;
        if (last !== undefined && snapshot !== last) handler();
        last = snapshot;
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
      const [message, profile] = await Promise.all([readComposeItem(item, mailbox, timeoutMs), loadProfile(roamingSettings)]);
      return { ...message, sender: profile };
    },
    applyFix,
    insertText,
    loadProfile: () => loadProfile(roamingSettings),
    saveProfile: (profile: SenderProfile) => saveProfile(roamingSettings, profile, timeoutMs),
    subscribe,
    displayLanguage: () => options.context?.displayLanguage ?? 'pl-PL',
    theme: () => options.context?.officeTheme,
  };
}
