/**
 * OnMessageSend (Smart Alerts, SendMode="SoftBlock"): the same engine, the same whole rule
 * catalogue, policy, options and severities as the task pane, so the dialog counts what the pane
 * shows (a policy that raises a plain-language rule to "warning" is asked about here too; info
 * findings never interrupt). A finding the clerk ignored in the pane is left out as the pane leaves
 * it out (the ids in the item's session data, engine/ignore.ts): the dialog counts what the pane
 * still shows. The item and its ignores are read in one parallel wave while the policy loads.
 * Completes exactly once, within an internal 4-second budget; on any fault it fails open unless
 * the policy says otherwise.
 */
import { runRules } from '../engine/run-rules';
import { allRules } from '../engine/rules';
import type { SenderProfile } from '../engine/model';
import { formatMessage, type Lang } from '../engine/i18n';
import type { PolicyState } from '../policy/load';
import { keyFindings, withoutIgnored } from '../engine/ignore';
import { readComposeItem } from '../office/read-item';
import { readIgnored } from '../office/ignored';
import type { MailboxLike } from '../office/office-like';
import { completeOnce, type CompletableEvent } from './complete-once';
import { decideSend, type SendCompletedOptions } from './send-decision';

export const SEND_BUDGET_MS = 4000;

export type SendDeps = {
  mailbox: MailboxLike;
  policy: () => Promise<PolicyState>;
  profile?: () => Promise<SenderProfile | undefined>;
  lang?: Lang;
  /** Office.context.requirements.isSetSupported('Mailbox', version). */
  isSetSupported?: (version: string) => boolean;
  budgetMs?: number;
  /** The launch-event bundle reads the body as text (no HTML parser there); the preview reads HTML. */
  bodyFormat?: 'html' | 'text';
};

function failureOptions(failOpen: boolean, lang: Lang, reason: string): SendCompletedOptions {
  if (failOpen) return { allowEvent: true };
  return { allowEvent: false, errorMessage: formatMessage(lang, 'send.checkFailed', { reason }).slice(0, 500) };
}

/** Resolves once Outlook has been told the outcome (the work may still be winding down). */
export async function handleMessageSend(event: CompletableEvent<SendCompletedOptions>, deps: SendDeps): Promise<void> {
  const lang = deps.lang ?? 'pl';
  // Until the policy is known, the safe default of contract § 5 applies: fail open.
  let failOpen = true;
  const once = completeOnce(event, deps.budgetMs ?? SEND_BUDGET_MS, () => failureOptions(failOpen, lang, 'timeout'));
  const work = async () => {
    const item = deps.mailbox.item;
    if (!item) throw new Error('no compose item');
    // One wave: the policy, the item, its ignores and the profile are asked for at the same time.
    const messageRead = readComposeItem(item, deps.mailbox, undefined, deps.bodyFormat ?? 'html');
    messageRead.catch(() => undefined); // observed below; no unhandled rejection while the rest loads or throws
    const ignoredRead = readIgnored(item, deps.isSetSupported); // never rejects: unreadable ignores nothing
    const policyRead = deps.policy();
    const profileRead = deps.profile ? deps.profile().catch(() => undefined) : Promise.resolve(undefined);
    const policy = await policyRead;
    failOpen = policy.config.onSend.failOpen;
    const [message, profile, ignored] = await Promise.all([messageRead, profileRead, ignoredRead]);
    if (profile) message.sender = profile;
    const checked = keyFindings(runRules(message, policy.config, allRules).findings);
    const findings = withoutIgnored(checked, new Set(ignored)).map((k) => k.finding);
    // Without a way to ask, a current client is assumed (the preview, the tests).
    const support = { markdown: deps.isSetSupported?.('1.15') ?? false, prompt: deps.isSetSupported?.('1.14') ?? true };
    const decision = decideSend(findings, policy.config.onSend.block, lang, support);
    once.complete(decision.kind === 'allow' ? { allowEvent: true } : decision.options);
  };
  const running = work().catch((e: unknown) => {
    once.complete(failureOptions(failOpen, lang, (e as Error)?.message ?? 'error'));
  });
  await Promise.race([running, once.finished]);
}
