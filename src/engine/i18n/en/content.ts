import type { Messages } from '../types';
import type { MessageData } from '../../types';

const DETAILS_EN: Record<string, string> = { room: 'the room number', name: "the employee's name", phone: 'a phone number', time: 'office hours or the appointment time' };

/** data.missing "room,phone" -> the listed details in this language. */
function detailList(labels: Record<string, string>, d: MessageData): string {
  return String(d.missing ?? '').split(',').filter(Boolean).map((k) => labels[k] ?? k).join(', ');
}

/** content messages in English. Keys: `<rule-id>/<message-id>`. */
export const content: Messages = {
  'summons-details/missing': (d: MessageData) =>
    `The summons to appear in person does not give: ${detailList(DETAILS_EN, d)}. A summons must give the room number, the employee's name, a phone number, and office hours or the appointment time.`,
  'placeholder-left/body': 'The text still holds the open field “{field}”. Fill in the missing information or remove it — a message with an open field cannot be sent.',
  'placeholder-left/subject': 'The subject holds the open field “{field}”. Complete the subject before sending.',
  'addresses-exposed/exposed': 'The message shows someone else’s e-mail address “{address}” to a recipient outside the office. Remove it, or ask that person first — protect other people’s privacy.',
};
