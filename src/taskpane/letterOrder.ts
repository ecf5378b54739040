/**
 * Findings in the order a clerk reads the letter: subject, recipients, greeting, body, closing,
 * signature (SPEC § 5), not in the order the rules happen to run. A finding with a place in the
 * body sorts by that place (one in the signature block after the text); a finding about
 * something missing sorts where that thing would be (a missing greeting before the text, a
 * missing closing after it, a missing signature last).
 */
import type { Finding } from '../engine/types';
import type { ParsedBody } from '../engine/parse/body';
import { ruleById } from '../engine/rules';

const SUBJECT = 0;
const RECIPIENTS = 1;
const GREETING = 2;
const BODY = 3;
const CLOSING = 4;
const SIGNATURE = 5;

function sectionOf(finding: Finding): number {
  if (finding.ruleId.startsWith('greeting-')) return GREETING;
  if (finding.ruleId.startsWith('closing-')) return CLOSING;
  switch (ruleById.get(finding.ruleId)?.meta.category) {
    case 'subject':
      return SUBJECT;
    case 'recipients':
      return RECIPIENTS;
    case 'signature':
      return SIGNATURE;
    default:
      return BODY;
  }
}

/** [section, position within it]: compared in this order. */
export function letterPosition(finding: Finding, body: ParsedBody | undefined): [number, number] {
  const at = finding.location;
  if (!at) return [sectionOf(finding), Number.MAX_SAFE_INTEGER];
  if (at.field === 'subject') return [SUBJECT, at.start];
  if (at.field !== 'body') return [RECIPIENTS, 0];
  const signature = body?.signature;
  if (signature && at.start >= signature.start) return [SIGNATURE, at.start];
  // A greeting finding opens the body and a closing one ends it, wherever the words stand.
  const section = sectionOf(finding);
  return [section === GREETING || section === CLOSING ? section : BODY, at.start];
}

/** A stable sort: findings at the same place keep the engine's order. */
export function inLetterOrder<T extends { finding: Finding }>(items: readonly T[], body: ParsedBody | undefined): T[] {
  return items
    .map((item, i) => ({ item, i, pos: letterPosition(item.finding, body) }))
    .sort((a, b) => a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || a.i - b.i)
    .map((k) => k.item);
}
