/**
 * Texts the standard asks for (contract § 9): the acknowledgement of receipt (002: confirm receipt
 * first), the out-of-office reply naming the substitute and the return date (002 pkt 8), and the
 * summons with all four details (000 § 8 ust. 2 pkt 5). Plain text; the signature is added apart.
 *
 * A template that goes into a letter comes in parts (greeting, body, closing): the letter keeps
 * one greeting and one closing, so the writer (src/office/letter-edit.ts) adds the template's
 * greeting and closing only where the letter has none, and a second insert replaces the body's
 * earlier copy (copies.ts recognises it). The greeting and the "Pani / Pana / Państwa" forms of the
 * body agree with the people the letter goes to, as every greeting fix does.
 */
import type { Lang } from '../i18n';
import type { MailMessage, SenderProfile } from '../model';
import { greetedPeople, suggestGreeting } from '../greeting';
import { dateText, valueOr } from './fill';
import { BODIES, t, type Addressing, type TemplateId } from './bodies';

export { isTemplateCopy } from './copies';

export type { TemplateId, Addressing } from './bodies';

/** A template for the letter: the body is one paragraph; greeting and closing are used where the letter lacks them. */
export type TemplateText = { id: TemplateId; greeting: string; body: string; closing: string };

export type AcknowledgementInput = {
  received: string;
  /** The case reference (znak sprawy), when one is assigned already. */
  caseReference?: string;
  /** The expected reply date, e.g. from computeDeadline. */
  replyBy?: string;
};

export type OutOfOfficeInput = {
  /** The first day back at work (not the last day away). */
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


/** The letter's readers as the greeting fixes count them (To and the citizens in Bcc). */
export function addressingOf(message: MailMessage | undefined): Addressing {
  const people = message ? greetedPeople(message) : [];
  return people.length === 1 && people[0].gender ? people[0].gender : 'plural';
}

/** The greeting of a template: the agreeing one when the recipients are known. */
function greetingFor(lang: Lang, message: MailMessage | undefined): string {
  return message ? suggestGreeting(message, lang) : t(lang, 'greeting', {});
}

export function acknowledgementTemplate(lang: Lang, input: AcknowledgementInput, message?: MailMessage): TemplateText {
  const reference = input.caseReference?.trim();
  const body = BODIES.acknowledgement(lang, {
    received: dateText(lang, input.received, 'received'),
    reference: reference || undefined,
    replyBy: dateText(lang, input.replyBy, 'replyBy'),
    addressing: addressingOf(message),
  });
  return { id: 'acknowledgement', greeting: greetingFor(lang, message), body, closing: t(lang, 'closing', {}) };
}

export function summonsTemplate(lang: Lang, input: SummonsInput, message?: MailMessage): TemplateText {
  const when = input.date?.trim()
    ? t(lang, 'summons.appointment', { date: dateText(lang, input.date, 'date'), time: valueOr(lang, input.time, 'time') })
    : t(lang, 'summons.hours', { hours: valueOr(lang, input.hours, 'hours') });
  const body = BODIES.summons(lang, {
    matter: input.matter?.trim() ? t(lang, 'summons.matter', { matter: input.matter.trim() }) : '',
    when,
    room: valueOr(lang, input.sender.room, 'room'),
    name: valueOr(lang, input.sender.name, 'name'),
    phone: valueOr(lang, input.sender.phone, 'phone'),
    addressing: addressingOf(message),
  });
  return { id: 'summons', greeting: greetingFor(lang, message), body, closing: t(lang, 'closing', {}) };
}

/** The whole template as one text (greeting, body, closing), e.g. to show or copy it. */
export function templateAsText(template: Pick<TemplateText, 'greeting' | 'body' | 'closing'>): string {
  return `${template.greeting}\n\n${template.body}\n\n${template.closing}`;
}

export function acknowledgementText(lang: Lang, input: AcknowledgementInput, message?: MailMessage): string {
  return templateAsText(acknowledgementTemplate(lang, input, message));
}

export function summonsText(lang: Lang, input: SummonsInput, message?: MailMessage): string {
  return templateAsText(summonsTemplate(lang, input, message));
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
