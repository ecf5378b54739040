/**
 * The message as the engine may trust it. The adapter, the CLI and the launch events build a
 * MailMessage, but parts of it come from outside the type system (Office.js results, a stored
 * profile, a hand-made test object): a `{"name":5}` profile made the body parse throw, outside
 * the per-rule guard, and the send check then failed open. Every field is brought to its type
 * here, once per check: a bad value becomes the empty value, a bad entry of a list is left out,
 * the sender profile goes through toSenderProfile; fields the model does not know are kept.
 * Never throws.
 */
import type { Address, Attachment, ComposeType, MailMessage } from './model';
import { toSenderProfile } from './profile';

const COMPOSE_TYPES: readonly ComposeType[] = ['new', 'reply', 'forward'];

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Fields the model does not name yet (added by a newer adapter) are kept as they are. */
function toAddress(v: unknown): Address | undefined {
  if (!isObject(v) || typeof v.address !== 'string') return undefined;
  const { name, ...rest } = v;
  return (typeof name === 'string' ? { ...rest, name } : rest) as Address;
}

function toAddresses(v: unknown): Address[] {
  if (!Array.isArray(v)) return [];
  const out: Address[] = [];
  for (const entry of v) {
    const a = toAddress(entry);
    if (a) out.push(a);
  }
  return out;
}

function toAttachments(v: unknown): Attachment[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).map((a) => ({ ...a, name: text(a.name), size: typeof a.size === 'number' && Number.isFinite(a.size) ? a.size : 0, isInline: a.isInline === true }));
}

export function toMailMessage(input: MailMessage): MailMessage {
  const m: Loose = isObject(input) ? (input as unknown as Loose) : {};
  const message: MailMessage = {
    ...(m as Partial<MailMessage>),
    to: toAddresses(m.to),
    cc: toAddresses(m.cc),
    bcc: toAddresses(m.bcc),
    subject: text(m.subject),
    attachments: toAttachments(m.attachments),
    composeType: COMPOSE_TYPES.includes(m.composeType as ComposeType) ? (m.composeType as ComposeType) : 'new',
  };
  const from = toAddress(m.from);
  if (from) message.from = from;
  else delete message.from;
  if (typeof m.bodyHtml !== 'string') delete message.bodyHtml;
  if (typeof m.bodyText !== 'string') delete message.bodyText;
  if (m.sender !== undefined) message.sender = toSenderProfile(m.sender);
  return message;
}
