import type { Messages } from '../types';

const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Ready texts (acknowledgement, out of office, summons) in English. Keys: `template.*`. */
export const templates: Messages = {
  'template.date': (d) => `${Number(d.day)} ${MONTHS[Number(d.month)]} ${d.year}`,
  'template.greeting': 'Dear Sir or Madam,',
  'template.closing': 'Kind regards',
  'template.phone': 'phone {phone}',
  'template.email': 'e-mail {email}',
  'template.acknowledgement.body': 'I confirm that we received your message of {received}',
  'template.acknowledgement.reference': 'Your case has the reference {reference}; please quote it in further correspondence.',
  'template.acknowledgement.replyBy': 'We will reply without delay, at the latest by {replyBy}',
  // The return date is the first day back at work (SPEC § 9).
  'template.outOfOffice.body':
    'Thank you for your message. I am out of the office at the moment. I will be back at work on {returnDate} and will reply then. ' +
    'For urgent matters please contact my substitute: {substitute}, {contact}.',
  'template.summons.body':
    'Please come to the office in person{matter} {when}, room {room}. ' +
    'Your case is handled by {name}, phone {phone}. If this time does not suit you, please call us.',
  'template.summons.matter': ' regarding {matter}',
  'template.summons.appointment': 'on {date} at {time}',
  'template.summons.hours': 'during office hours ({hours})',
  'template.details.name': 'Your case is handled by {name}.',
  'template.details.room': 'Please come to room {room}.',
  'template.details.phone': 'Phone: {phone}.',
  'template.fee.account': 'You can pay by transfer to the office’s account {account}.',
  'template.field.received': 'date received',
  'template.field.replyBy': 'reply date',
  'template.field.returnDate': 'return date',
  'template.field.substitute': "substitute's name",
  'template.field.substituteContact': "substitute's phone or e-mail",
  'template.field.date': 'date',
  'template.field.time': 'time',
  'template.field.hours': 'office hours',
  'template.field.room': 'room number',
  'template.field.name': 'name',
  'template.field.phone': 'phone',
};
