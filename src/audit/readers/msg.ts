/**
 * Outlook .msg files (what dragging a message out of Outlook saves), read by @kenjiuno/msgreader.
 * Calendar items, contacts and tasks are Outlook items too, not letters: they are counted apart.
 */
import MsgReader, { type FieldsData } from '@kenjiuno/msgreader';
import type { ReadMail } from '../types';
import { outlookToMessage, type OutlookRecipient } from './outlook-item';
import { readTransportHeaders } from './transport-headers';
import { trimTrailing } from '../../engine/text/trim';

/** PR_IN_REPLY_TO_ID and PR_INTERNET_REFERENCES (PT_UNICODE), which msgreader does not name. */
const IN_REPLY_TO = 0x1042001f;
const REFERENCES = 0x1039001f;

/** A Windows code page (PR_INTERNET_CPID) as a WHATWG encoding label; Node's TextDecoder knows them. */
function decodeHtml(bytes: Uint8Array, codepage: number | undefined): string {
  const label = codepage === undefined || codepage === 65001 ? 'utf-8' : codepage >= 28591 && codepage <= 28605 ? `iso-8859-${codepage - 28590}` : `windows-${codepage}`;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const isoDate = (text: string | undefined) => {
  const when = text ? new Date(text) : undefined;
  return when && !Number.isNaN(when.getTime()) ? when.toISOString() : undefined;
};

export async function readMsg(bytes: Uint8Array): Promise<ReadMail> {
  const extra: Record<number, string> = {};
  let fields: FieldsData;
  try {
    const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    reader.parserConfig = {
      propertyObserver: (_fields, tag, raw) => {
        if ((tag === IN_REPLY_TO || tag === REFERENCES) && raw) extra[tag] = trimTrailing(Buffer.from(raw).toString('utf16le'), '\0'); // `/\0+$/` retries from every NUL of a run
      },
    };
    fields = reader.getFileData();
  } catch {
    return { ok: false, reason: { id: 'cli.audit.unreadable.msg' } };
  }
  if (fields.error) return { ok: false, reason: { id: 'cli.audit.unreadable.msg' } };
  const kind = fields.messageClass ?? 'IPM.Note';
  if (!/^IPM\.Note/i.test(kind) && !/^REPORT\./i.test(kind)) return { ok: false, reason: { id: 'cli.audit.notMail', data: { kind } }, notMail: true };

  const headers = await readTransportHeaders(fields.headers);
  const recipients: OutlookRecipient[] = (fields.recipients ?? []).map((r) => ({
    name: r.name,
    addresses: [r.smtpAddress, r.email],
    field: r.recipType ?? 'to',
  }));
  const message = outlookToMessage({
    subject: fields.subject,
    senderName: fields.senderName,
    senderAddresses: [fields.senderSmtpAddress, fields.senderEmail, fields.sentRepresentingSmtpAddress, headers.from],
    recipients,
    bodyText: fields.body,
    bodyHtml: fields.bodyHtml ?? (fields.html ? decodeHtml(fields.html, fields.internetCodepage) : undefined),
    attachments: (fields.attachments ?? []).map((a) => ({ name: a.fileName ?? a.name ?? '', size: a.contentLength ?? 0, isInline: a.attachmentHidden === true || Boolean(a.pidContentId) })),
    inReplyTo: extra[IN_REPLY_TO] ?? headers.inReplyTo,
    references: extra[REFERENCES] ?? headers.references,
  });
  if (!message.from && !message.to.length && !message.cc.length && !message.subject) return { ok: false, reason: { id: 'cli.notMessage.noAddressing' } };
  const date = isoDate(fields.clientSubmitTime) ?? headers.date ?? isoDate(fields.messageDeliveryTime) ?? isoDate(fields.creationTime);
  const messageId = fields.messageId ?? headers.messageId;
  return { ok: true, message, meta: { ...(date ? { date } : {}), ...(messageId ? { messageId } : {}) } };
}

