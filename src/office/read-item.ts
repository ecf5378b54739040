/**
 * Reads the compose item into the engine's message model in ONE wave of parallel calls
 * (SPEC § 7: on-send must not pay for sequential round trips). Features newer than the
 * item supports are skipped, not failed: an old client still gets checked.
 */
import type { Address, Attachment, ComposeType, MailMessage } from '../engine/model';
import { officeCall } from './async';
import type { AttachmentLike, ComposeItemLike, EmailAddressLike, MailboxLike } from './office-like';

function toAddress(r: EmailAddressLike): Address {
  const address: Address = r.displayName && r.displayName !== r.emailAddress ? { name: r.displayName, address: r.emailAddress } : { address: r.emailAddress };
  if (r.recipientType === 'distributionList') address.isList = true;
  return address;
}

export function toAddresses(list: EmailAddressLike[] | undefined): Address[] {
  return (list ?? []).filter((r) => r && typeof r.emailAddress === 'string' && r.emailAddress.trim() !== '').map(toAddress);
}

export function toComposeType(officeType: string | undefined): ComposeType {
  if (officeType === 'reply') return 'reply';
  if (officeType === 'forward') return 'forward';
  return 'new';
}

/**
 * `bodyFormat: 'text'` reads the body as text: for a plain-text message (body type `text`, SPEC
 * § 5), and in the launch-event runtime, which carries no HTML parser (its entity tables alone
 * would cost 28 KB of the 60 KB budget).
 */
export async function readComposeItem(item: ComposeItemLike, mailbox?: MailboxLike, timeoutMs?: number, bodyFormat: 'html' | 'text' = 'html'): Promise<MailMessage> {
  const [subject, body, to, cc, bcc, from, attachments, compose] = await Promise.all([
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb), timeoutMs),
    officeCall<string>('body.getAsync', (cb) => item.body.getAsync(bodyFormat, cb), timeoutMs),
    officeCall<EmailAddressLike[]>('to.getAsync', (cb) => item.to.getAsync(cb), timeoutMs),
    officeCall<EmailAddressLike[]>('cc.getAsync', (cb) => item.cc.getAsync(cb), timeoutMs),
    officeCall<EmailAddressLike[]>('bcc.getAsync', (cb) => item.bcc.getAsync(cb), timeoutMs),
    item.from ? officeCall<EmailAddressLike>('from.getAsync', (cb) => item.from!.getAsync(cb), timeoutMs).catch(() => undefined) : Promise.resolve(undefined),
    item.getAttachmentsAsync ? officeCall<AttachmentLike[]>('getAttachmentsAsync', (cb) => item.getAttachmentsAsync!(cb), timeoutMs) : Promise.resolve([] as AttachmentLike[]),
    item.getComposeTypeAsync ? officeCall<{ composeType: string }>('getComposeTypeAsync', (cb) => item.getComposeTypeAsync!(cb), timeoutMs).catch(() => undefined) : Promise.resolve(undefined),
  ]);
  const profile = mailbox?.userProfile;
  const fromAddress = from?.emailAddress ? from : profile?.emailAddress ? { emailAddress: profile.emailAddress, displayName: profile.displayName } : undefined;
  return {
    from: fromAddress ? toAddresses([fromAddress])[0] : undefined,
    to: toAddresses(to),
    cc: toAddresses(cc),
    bcc: toAddresses(bcc),
    subject: subject ?? '',
    ...(bodyFormat === 'html' ? { bodyHtml: body ?? '' } : { bodyText: body ?? '' }),
    attachments: (attachments ?? []).map((a): Attachment => ({ name: a.name, size: a.size, isInline: Boolean(a.isInline) })),
    composeType: toComposeType(compose?.composeType),
  };
}
