import type { Messages } from '../types';
import { FIELDS } from './signature';
import { fieldList as listOf } from '../field-labels';
import type { MessageData } from '../../types';

const fieldList = (data: MessageData) => listOf(FIELDS, data);

/** core messages in English. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const core: Messages = {
  'subject-missing/missing': 'The message has no subject. Add a short subject that names the matter.',
  'subject-uninformative/generic': 'The subject “{subject}” says nothing about the matter. Name it, e.g. “Application for a certificate – ref. OR.1234.5.2026”.',
  'subject-uninformative/prefixOnly': 'The subject is only “{prefix}”. Add what the matter is.',
  'subject-too-long/tooLong': (d) => `The subject has ${d.length} characters (at most ${d.max} recommended). Shorten it to the matter and its reference.`,
  'closing-missing/missing': 'No courteous closing at the end of the message, e.g. “Z poważaniem” (Kind regards).',
  'closing-informal/informal': 'The closing “{closing}” is too casual for an office. Better: “{suggestion}”.',
  'closing-informal/semiformal': 'The closing “{closing}” is semi-formal. To a citizen, “{suggestion}” is better.',
  'signature-missing/missing': (d) =>
    d.variant === 'short' ? 'No signature. A reply needs at least the short one: name, position, department, phone.' : 'No office signature (name, position, office, department, address, phone).',
  'signature-incomplete/incomplete': (d) => `The signature lacks: ${fieldList(d)}.`,
  'signature-incomplete/placeholder': (d) => `The signature has fields not filled in: ${fieldList(d)}. Fill them in the signature settings.`,
};
