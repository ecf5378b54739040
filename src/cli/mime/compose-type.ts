/**
 * Compose type of a saved message (SPEC § 4). The subject's first prefix decides before the
 * headers do: Gmail and Apple Mail put In-Reply-To/References on forwards too, and a forward is
 * what the clerk meant when the subject says "PD:".
 */
import type { ComposeType } from '../../engine/model';

const REPLY_PREFIX = /^\s*(?:re|odp|aw)\s*(?:\[\d+\]\s*)?:/i;
const FORWARD_PREFIX = /^\s*(?:fw|fwd|pd)\s*(?:\[\d+\]\s*)?:/i;

export type ThreadHeaders = { subject: string; inReplyTo?: string; references?: string | string[] };

export function composeTypeOf({ subject, inReplyTo, references }: ThreadHeaders): ComposeType {
  if (FORWARD_PREFIX.test(subject)) return 'forward';
  if (REPLY_PREFIX.test(subject)) return 'reply';
  const hasReferences = Array.isArray(references) ? references.length > 0 : Boolean(references?.trim());
  if (inReplyTo?.trim() || hasReferences) return 'reply';
  return 'new';
}
