/**
 * Outlook .pst (and .ost) stores, read by pst-extractor, which reads the file through its own
 * descriptor page by page (a multi-gigabyte export is never loaded whole). The reader walks
 * every folder and yields each item as the engine's model: pst-extractor's objects cannot cross
 * to a worker thread, so the conversion happens here and only the check runs in the workers.
 * An item that fails to read is one "unreadable" line; the walk goes on.
 */
import { PSTFile, PSTFolder, PSTMessage } from 'pst-extractor';
import type { RecipientField } from '../../engine/model';
import type { RawMessage, ReadMail } from '../types';
import { outlookToMessage, type OutlookRecipient } from './outlook-item';
import { readTransportHeaders } from './transport-headers';
import { cacheKeyOf } from './cache-key';

const FIELDS: Record<number, RecipientField> = { 1: 'to', 2: 'cc', 3: 'bcc' };

const iso = (d: Date | null) => (d && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined);

async function toMail(item: PSTMessage): Promise<ReadMail> {
  const kind = item.messageClass || 'IPM.Note';
  if (!/^IPM\.Note/i.test(kind) && !/^REPORT\./i.test(kind)) return { ok: false, reason: { id: 'cli.audit.notMail', data: { kind } }, notMail: true };
  const headers = await readTransportHeaders(item.transportMessageHeaders);
  const recipients: OutlookRecipient[] = [];
  for (let i = 0; i < item.numberOfRecipients; i++) {
    const r = item.getRecipient(i);
    if (r) recipients.push({ name: r.displayName, addresses: [r.smtpAddress, r.emailAddress], field: FIELDS[r.recipientType] ?? 'to' });
  }
  const attachments = [];
  for (let i = 0; i < item.numberOfAttachments; i++) {
    const a = item.getAttachment(i);
    attachments.push({ name: a.longFilename || a.filename || '', size: a.filesize || a.size || 0, isInline: a.isAttachmentInvisibleInHtml === false && Boolean(a.contentId) });
  }
  const message = outlookToMessage({
    subject: item.subject,
    senderName: item.senderName,
    senderAddresses: [item.senderEmailAddress, item.sentRepresentingEmailAddress, headers.from],
    recipients,
    bodyText: item.body,
    bodyHtml: item.bodyHTML || undefined,
    attachments,
    inReplyTo: item.inReplyToId || headers.inReplyTo,
    references: headers.references,
  });
  const date = iso(item.clientSubmitTime) ?? headers.date ?? iso(item.messageDeliveryTime);
  const messageId = item.internetMessageId || headers.messageId;
  return { ok: true, message, meta: { ...(date ? { date } : {}), ...(messageId ? { messageId } : {}) } };
}

/** "Top of Personal Folders/Sent Items": where the item was, for the report's skipped list. */
function* walk(folder: PSTFolder, path: string): Generator<{ folder: PSTFolder; path: string }> {
  yield { folder, path };
  if (!folder.hasSubfolders) return;
  for (const sub of folder.getSubFolders()) yield* walk(sub, path ? `${path}/${sub.displayName}` : sub.displayName);
}

/**
 * `onBytes` gets the store's size in equal parts per item (the folders' item counts are read
 * first), since a .pst is not read front to back and its items have no file offset to report.
 */
export async function* readPst(file: string, size: number, onBytes: (bytes: number) => void): AsyncGenerator<RawMessage> {
  let pst: PSTFile;
  try {
    pst = new PSTFile(file);
  } catch (e) {
    onBytes(size);
    yield { source: file, format: 'broken', reason: { id: 'cli.audit.unreadable.pst', data: { reason: e instanceof Error ? e.message : String(e) } } };
    return;
  }
  let reported = 0;
  try {
    let items = 0;
    for (const { folder } of walk(pst.getRootFolder(), '')) items += Math.max(0, folder.contentCount);
    const step = items > 0 ? size / items : 0;
    for (const { folder, path } of walk(pst.getRootFolder(), '')) {
      if (folder.contentCount <= 0) continue;
      let n = 0;
      for (;;) {
        n++;
        const source = `${file}#${path}/${n}`;
        let item: unknown;
        try {
          item = folder.getNextChild();
        } catch (e) {
          // The folder's table is damaged: nothing more can be read from it.
          yield { source, format: 'broken', reason: { id: 'cli.audit.unreadable.pst', data: { reason: e instanceof Error ? e.message : String(e) } } };
          break;
        }
        if (!item) break;
        onBytes(step);
        reported += step;
        if (!(item instanceof PSTMessage)) continue;
        let mail: ReadMail;
        let size = 0;
        try {
          mail = await toMail(item);
          size = item.messageSize.toNumber();
        } catch (e) {
          yield { source, format: 'broken', reason: { id: 'cli.audit.unreadable.pst', data: { reason: e instanceof Error ? e.message : String(e) } } };
          continue;
        }
        const meta = mail.ok ? mail.meta : {};
        yield { source, format: 'model', mail, size, cacheKey: cacheKeyOf(meta.messageId, size, meta.date, () => JSON.stringify(mail)) };
      }
    }
  } finally {
    pst.close();
    onBytes(Math.max(0, size - reported));
  }
}
