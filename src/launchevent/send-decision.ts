/**
 * What the send check tells Outlook, from the findings and the policy's onSend.block
 * (contract § 5): errors block, warnings prompt ("Send anyway"), info never interrupts.
 * Pure, so the Smart Alerts texts and limits are tested without Outlook.
 */
import type { Finding } from '../engine/types';
import type { OnSendBlock } from '../engine/config';
import { formatMessage, plForm, type Lang } from '../engine/i18n';

/** The ribbon button that opens the task pane (manifest.xml), offered in the Smart Alerts dialog. */
export const OPEN_PANE_COMMAND_ID = 'msgComposeOpenPaneButton';

export const MAX_ERROR_MESSAGE = 500;
export const MAX_CANCEL_LABEL = 20;
const MAX_LISTED = 4;

export type SendCompletedOptions = {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: 'promptUser';
};

export type SendDecision = { kind: 'allow' } | { kind: 'block' | 'prompt'; options: SendCompletedOptions };

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function headline(lang: Lang, count: number, blocking: boolean): string {
  if (lang === 'pl') {
    const noun = plForm(count, 'problem', 'problemy', 'problemów');
    return blocking ? `Etykieta: ${count} ${noun} do poprawienia przed wysłaniem:` : `Etykieta: ${count} ${noun} do sprawdzenia:`;
  }
  const noun = count === 1 ? 'problem' : 'problems';
  return blocking ? `Etykieta: ${count} ${noun} to fix before sending:` : `Etykieta: ${count} ${noun} to check:`;
}

/**
 * One line per rule, most severe first, with a count when a rule fired more than once. The dialog
 * names each problem by its short title; the task pane (its button) has the full explanation.
 */
export function problemLines(findings: readonly Finding[], lang: Lang): string[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].map(([ruleId, count]) => {
    const title = formatMessage(lang, `send.rule.${ruleId}`);
    return count > 1 ? `${title} (${count})` : title;
  });
}

/** The plain message (≤ 500 characters) and its Markdown twin (requirement set 1.15). */
export function describeProblems(findings: readonly Finding[], lang: Lang, blocking: boolean): { text: string; markdown: string } {
  const lines = problemLines(findings, lang);
  const listed = lines.slice(0, MAX_LISTED);
  const more = lines.length - listed.length;
  const tail = more > 0 ? formatMessage(lang, 'send.more', { count: more }) : '';
  const head = headline(lang, findings.length, blocking);
  const build = (bullet: string, items: string[]) => [head, ...items.map((i) => `${bullet}${i}`), ...(tail ? [tail] : [])].join('\n');
  let items = listed;
  // Shorten the items, not the headline, until both texts fit the limit.
  let perItem = 200;
  while ((build('• ', items).length > MAX_ERROR_MESSAGE || build('- ', items.map(escapeMarkdown)).length > MAX_ERROR_MESSAGE) && perItem > 20) {
    perItem -= 20;
    items = listed.map((i) => clip(i, perItem));
  }
  return { text: clip(build('• ', items), MAX_ERROR_MESSAGE), markdown: clip(build('- ', items.map(escapeMarkdown)), MAX_ERROR_MESSAGE) };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

/** Rules whose finding stops the message whatever `onSend.block` says: a half-written letter (contract § 2). */
export const HARD_BLOCK_RULES: readonly string[] = ['placeholder-left'];

/**
 * What the client can show (Office.context.requirements): the Markdown twin needs requirement
 * set 1.15; "Send anyway" (sendModeOverride) and the button to the pane (cancelLabel + commandId)
 * need 1.14. The manifest asks only for 1.5 (so that Outlook on iOS and Android loads it for the
 * signature), so a 1.12 or 1.13 client runs this check too and gets neither.
 */
export type SmartAlertsSupport = { markdown: boolean; prompt: boolean };

export function decideSend(findings: readonly Finding[], block: OnSendBlock, lang: Lang, support: SmartAlertsSupport): SendDecision {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const problems = [...errors, ...warnings];
  if (problems.length === 0) return { kind: 'allow' };
  const halfWritten = problems.some((f) => HARD_BLOCK_RULES.includes(f.ruleId));
  const hardBlock = halfWritten || (block === 'errors' && errors.length > 0) || (block === 'warnings' && problems.length > 0);
  // Without "Send anyway" a prompt would be a block: what the policy only asks about goes through.
  if (!hardBlock && !support.prompt) return { kind: 'allow' };
  const shown = hardBlock && block === 'errors' ? problems.filter((f) => f.severity === 'error' || HARD_BLOCK_RULES.includes(f.ruleId)) : problems;
  const { text, markdown } = describeProblems(shown, lang, hardBlock);
  const options: SendCompletedOptions = { allowEvent: false, errorMessage: text };
  if (support.prompt) {
    options.cancelLabel = clip(formatMessage(lang, 'send.openPane'), MAX_CANCEL_LABEL);
    options.commandId = OPEN_PANE_COMMAND_ID;
  }
  if (support.markdown) options.errorMessageMarkdown = markdown;
  if (hardBlock) return { kind: 'block', options };
  return { kind: 'prompt', options: { ...options, sendModeOverride: 'promptUser' } };
}
