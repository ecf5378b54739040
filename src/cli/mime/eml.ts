/**
 * A saved .eml file -> the engine's MailMessage, through mailparser (multipart, quoted-printable,
 * base64, RFC 2047 words, ISO-8859-2 / windows-1250 through iconv-lite). Returns a reason id
 * instead of throwing: the caller reports it in one line and goes on with the next file.
 */
import { simpleParser, type AddressObject, type Attachment as MimeAttachment, type ParsedMail } from 'mailparser';
import type { Address, Attachment, MailMessage, SenderProfile } from '../../engine/model';
import { composeTypeOf } from './compose-type';
import { sniffMessage } from './sniff';

/** What the audit needs besides the model (the model itself stays free of dates and ids). */
export type EmlHeaders = { date?: string; messageId?: string };

export type EmlResult = { ok: true; message: MailMessage; headers: EmlHeaders } | { ok: false; reason: 'empty' | 'binary' | 'noHeaders' | 'noAddressing' | 'timeout' | 'unparsable' };

/** mailparser finishes the 1 MB corpus files in ~200 ms here; this is a guard, not a budget. */
export const PARSE_TIMEOUT_MS = 20_000;

function addresses(field: AddressObject | AddressObject[] | undefined): Address[] {
  const out: Address[] = [];
  const visit = (list: AddressObject['value']) => {
    for (const a of list) {
      if (a.group) visit(a.group);
      else if (a.address) out.push(a.name ? { name: a.name, address: a.address } : { address: a.address });
    }
  };
  for (const obj of field === undefined ? [] : Array.isArray(field) ? field : [field]) visit(obj.value);
  return out;
}

/** Inline: shown inside the body (disposition inline, or an image the HTML refers to by cid). */
function toAttachment(a: MimeAttachment): Attachment {
  const isInline = a.contentDisposition === 'inline' || a.related === true;
  return { name: a.filename ?? a.contentType ?? '', size: a.size ?? 0, isInline };
}

function toMessage(mail: ParsedMail, user: SenderProfile): MailMessage {
  const subject = mail.subject ?? '';
  const from = addresses(mail.from)[0];
  const sender: SenderProfile = { ...(from?.name ? { name: from.name } : {}), ...(from ? { email: from.address } : {}), ...user };
  const message: MailMessage = {
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    bcc: addresses(mail.bcc),
    subject,
    attachments: mail.attachments.map(toAttachment),
    composeType: composeTypeOf({ subject, inReplyTo: mail.inReplyTo, references: mail.references }),
    sender,
  };
  if (from) message.from = from;
  if (typeof mail.html === 'string') message.bodyHtml = mail.html;
  if (typeof mail.text === 'string') message.bodyText = mail.text;
  return message;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The Date header as written (ISO): mailparser puts the current time in place of an unreadable one. */
export function headerDate(mail: Pick<ParsedMail, 'headerLines'>): string | undefined {
  const line = mail.headerLines.find((h) => h.key === 'date')?.line ?? '';
  const when = new Date(line.slice(line.indexOf(':') + 1).trim());
  return line && !Number.isNaN(when.getTime()) ? when.toISOString() : undefined;
}

function headersOf(mail: ParsedMail): EmlHeaders {
  const date = headerDate(mail);
  return { ...(date ? { date } : {}), ...(mail.messageId ? { messageId: mail.messageId } : {}) };
}

export async function readEml(buffer: Buffer, user: SenderProfile = {}): Promise<EmlResult> {
  const sniff = sniffMessage(buffer);
  if (!sniff.ok) return sniff;
  let mail: ParsedMail | 'timeout';
  try {
    // The engine turns HTML into text itself; mailparser's conversions would only cost time.
    mail = await withTimeout(simpleParser(buffer, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true }), PARSE_TIMEOUT_MS);
  } catch {
    return { ok: false, reason: 'unparsable' };
  }
  if (mail === 'timeout') return { ok: false, reason: 'timeout' };
  if (!mail.from && !mail.to && !mail.cc && !mail.subject) return { ok: false, reason: 'noAddressing' };
  return { ok: true, message: toMessage(mail, user), headers: headersOf(mail) };
}
