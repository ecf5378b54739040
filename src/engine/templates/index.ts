/**
 * Texts the standard asks for (SPEC § 9): the acknowledgement of receipt (002: confirm receipt
 * first), the out-of-office reply naming the substitute and the return date (002 pkt 8), and the
 * summons with all four details (000 § 8 ust. 2 pkt 5). Plain text; the signature is added apart.
 */
import { formatMessage, type Lang } from '../i18n';
import type { SenderProfile } from '../model';
import { dateText, valueOr } from './fill';

export type AcknowledgementInput = {
  received: string;
  /** The case reference (znak sprawy), when one is assigned already. */
  caseReference?: string;
  /** The expected reply date, e.g. from computeDeadline. */
  replyBy?: string;
};

export type OutOfOfficeInput = {
  returnDate: string;
  substitute: { name?: string; phone?: string; email?: string };
};

export type SummonsInput = {
  /** Appointment date and time, or leave out and give office hours. */
  date?: string;
  time?: string;
  /** Office hours when no appointment is set, e.g. "pon.–pt. 8:00–15:00". */
  hours?: string;
  matter?: string;
  /** Room, name and phone come from the clerk's profile. */
  sender: SenderProfile;
};

/** Ends a sentence once: a Polish date already ends in "r.", which must not become "r..". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const t = (lang: Lang, id: string, data: Record<string, string>) => formatMessage(lang, `template.${id}`, data);

export function acknowledgementText(lang: Lang, input: AcknowledgementInput): string {
  const parts = [sentence(t(lang, 'acknowledgement.body', { received: dateText(lang, input.received, 'received') }))];
  if (input.caseReference?.trim()) parts.push(t(lang, 'acknowledgement.reference', { reference: input.caseReference.trim() }));
  parts.push(sentence(t(lang, 'acknowledgement.replyBy', { replyBy: dateText(lang, input.replyBy, 'replyBy') })));
  return `${t(lang, 'greeting', {})}\n\n${parts.join(' ')}\n\n${t(lang, 'closing', {})}`;
}

export function outOfOfficeText(lang: Lang, input: OutOfOfficeInput): string {
  const { name, phone, email } = input.substitute;
  const contact = [phone?.trim() && t(lang, 'phone', { phone: phone.trim() }), email?.trim() && t(lang, 'email', { email: email.trim() })].filter(Boolean).join(', ');
  const body = t(lang, 'outOfOffice.body', {
    returnDate: dateText(lang, input.returnDate, 'returnDate'),
    substitute: valueOr(lang, name, 'substitute'),
    contact: contact || valueOr(lang, undefined, 'substituteContact'),
  });
  return `${t(lang, 'greeting', {})}\n\n${body}\n\n${t(lang, 'closing', {})}`;
}

export function summonsText(lang: Lang, input: SummonsInput): string {
  const when = input.date?.trim()
    ? t(lang, 'summons.appointment', { date: dateText(lang, input.date, 'date'), time: valueOr(lang, input.time, 'time') })
    : t(lang, 'summons.hours', { hours: valueOr(lang, input.hours, 'hours') });
  const body = t(lang, 'summons.body', {
    matter: input.matter?.trim() ? t(lang, 'summons.matter', { matter: input.matter.trim() }) : '',
    when,
    room: valueOr(lang, input.sender.room, 'room'),
    name: valueOr(lang, input.sender.name, 'name'),
    phone: valueOr(lang, input.sender.phone, 'phone'),
  });
  return `${t(lang, 'greeting', {})}\n\n${body}\n\n${t(lang, 'closing', {})}`;
}
