/**
 * The standard signature, written by two events:
 * - OnNewMessageCompose: every new message (full) and every reply/forward (short). With
 *   requirement set 1.10 it uses setSignatureAsync, which replaces the signature area (so it can
 *   never appear twice) and turns the client signature off; older clients get it prepended once,
 *   guarded by our marker.
 * - OnMessageFromChanged (1.13): the clerk picked another mailbox in From ("sekretariat@…"). The
 *   signature becomes that mailbox's variant from the policy (engine/sender.ts), again through
 *   setSignatureAsync only: Outlook keeps one signature area, so the new one replaces the old and
 *   is never added beside it (changing From is known to clear or double signatures). A From that
 *   cannot be read, or a client without setSignatureAsync, leaves the message as it is: a wrong
 *   signature would be worse than the pane's "signature missing".
 * Both read everything they need in one wave, never drop body text and complete exactly once.
 */
import type { SenderProfile } from '../engine/model';
import type { Lang } from '../engine/i18n';
import { buildSignature } from '../engine/signature';
import { senderFor } from '../engine/sender';
import { SIGNATURE_MARKER } from '../engine/parse/signature-marker';
import type { PolicyState } from '../policy/load';
import { officeCall } from '../office/async';
import { toComposeType } from '../office/read-item';
import type { ComposeItemLike, EmailAddressLike, MailboxLike } from '../office/office-like';
import { completeOnce, type CompletableEvent } from './complete-once';

export const COMPOSE_BUDGET_MS = 4000;

export type ComposeDeps = {
  mailbox: MailboxLike;
  policy: () => Promise<PolicyState>;
  profile?: () => Promise<SenderProfile | undefined>;
  lang?: Lang;
  budgetMs?: number;
};

type Trigger = 'compose' | 'fromChanged';

/** Resolves once Outlook has been told the handler is done. */
export function handleNewMessageCompose(event: CompletableEvent<void>, deps: ComposeDeps): Promise<void> {
  return writeSignature(event, deps, 'compose');
}

/** OnMessageFromChanged: the signature of the mailbox now in From. */
export function handleMessageFromChanged(event: CompletableEvent<void>, deps: ComposeDeps): Promise<void> {
  return writeSignature(event, deps, 'fromChanged');
}

function readFrom(item: ComposeItemLike): Promise<EmailAddressLike | undefined> {
  if (!item.from) return Promise.resolve(undefined);
  const from = item.from;
  return officeCall<EmailAddressLike>('from.getAsync', (cb) => from.getAsync(cb)).catch(() => undefined);
}

async function writeSignature(event: CompletableEvent<void>, deps: ComposeDeps, trigger: Trigger): Promise<void> {
  const once = completeOnce<void>(event, deps.budgetMs ?? COMPOSE_BUDGET_MS, () => undefined);
  const work = async () => {
    const item = deps.mailbox.item;
    if (!item) throw new Error('no compose item');
    if (trigger === 'fromChanged' && !item.body.setSignatureAsync) return;
    const [policy, profile, compose, from, bodyType] = await Promise.all([
      deps.policy(),
      deps.profile ? deps.profile().catch(() => undefined) : Promise.resolve(undefined),
      item.getComposeTypeAsync ? officeCall<{ composeType: string }>('getComposeTypeAsync', (cb) => item.getComposeTypeAsync!(cb)).catch(() => undefined) : Promise.resolve(undefined),
      readFrom(item),
      item.body.getTypeAsync ? officeCall<string>('body.getTypeAsync', (cb) => item.body.getTypeAsync!(cb)).catch(() => undefined) : Promise.resolve(undefined),
    ]);
    // A plain-text message gets a text signature (SPEC § 5): no tags in a text body.
    const format = bodyType === 'text' ? 'text' : 'html';
    if (trigger === 'fromChanged' && !from?.emailAddress) return;
    const variant = toComposeType(compose?.composeType) === 'new' ? 'full' : 'short';
    const fallbackProfile: SenderProfile = { name: deps.mailbox.userProfile?.displayName, email: deps.mailbox.userProfile?.emailAddress };
    const sender = senderFor(policy.config, from?.emailAddress, { ...fallbackProfile, ...definedOnly(profile) }) ?? {};
    const built = buildSignature(policy.config, sender, variant, deps.lang ?? 'pl');
    const signature = format === 'text' ? built.text : built.html;
    if (once.done) return; // the budget ran out: change nothing after Outlook moved on
    if (item.body.setSignatureAsync) {
      if (item.disableClientSignatureAsync) await officeCall<void>('disableClientSignatureAsync', (cb) => item.disableClientSignatureAsync!(cb)).catch(() => undefined);
      await officeCall<void>('body.setSignatureAsync', (cb) => item.body.setSignatureAsync!(signature, { coercionType: format }, cb));
    } else {
      const body = await officeCall<string>('body.getAsync', (cb) => item.body.getAsync(format, cb));
      // Ours already there: the marker in HTML, the very same lines in text.
      const ours = format === 'text' ? body.replace(/\r\n?/g, '\n').includes(built.text.trim()) : body.includes(SIGNATURE_MARKER);
      if (!ours && item.body.prependAsync && !once.done) {
        // Before the quoted thread and any text: the clerk writes above the signature.
        const block = format === 'text' ? `\n${built.text}` : `<div><br></div>${signature}`;
        await officeCall<void>('body.prependAsync', (cb) => item.body.prependAsync!(block, { coercionType: format }, cb));
      }
    }
  };
  // A signature that could not be inserted is reported by the task pane's signature-missing
  // rule; the compose window itself must open normally, so every path ends in completed().
  const running = work().then(
    () => void once.complete(),
    () => void once.complete(),
  );
  await Promise.race([running, once.finished]);
}

function definedOnly(profile: SenderProfile | undefined): SenderProfile {
  const out: SenderProfile = {};
  for (const [key, value] of Object.entries(profile ?? {})) if (typeof value === 'string' && value.trim() !== '') out[key as keyof SenderProfile] = value;
  return out;
}
