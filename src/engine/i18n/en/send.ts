import type { Messages } from '../types';


/** Texts of the on-send check (Smart Alerts) in English. */
export const send: Messages = {
  // Short titles: the Smart Alerts dialog names each problem in a few words; the pane has the details.
  // Every rule: the send check runs the whole catalogue, and a policy may raise any rule to a
  // warning or an error (info findings never reach the dialog).
  'send.rule.subject-missing': 'No subject',
  'send.rule.subject-uninformative': 'Subject says nothing about the matter',
  'send.rule.subject-too-long': 'Subject too long',
  'send.rule.greeting-missing': 'No greeting',
  'send.rule.greeting-informal': 'Informal greeting',
  'send.rule.greeting-mismatch': 'Greeting does not fit the addressee',
  'send.rule.closing-missing': 'No courteous closing',
  'send.rule.closing-informal': 'Informal closing',
  'send.rule.signature-missing': 'No office signature',
  'send.rule.signature-incomplete': 'Incomplete signature',
  'send.rule.signature-outdated': 'Outdated data in the signature',
  'send.rule.recipients-external-visible': 'External recipients see each other (use Bcc)',
  'send.rule.recipients-new-domain': 'New recipient domain in a reply',
  'send.rule.recipients-lookalike': 'Recipient address looks mistyped',
  'send.rule.sensitive-data': 'Personal data sent outside',
  'send.rule.attachment-missing': 'Mentioned attachment is missing',
  'send.rule.addresses-exposed': "Other people's e-mail addresses in the text",
  'send.rule.placeholder-left': 'Open template field',
  'send.rule.summons-details': 'Summons without full details',
  'send.rule.fee-details': 'Fee without amount or how to pay',
  'send.rule.tone-difficult': 'Tone unfit for a difficult matter',
  'send.rule.case-reference-missing': 'No case reference',
  'send.rule.plain-jargon': 'Office jargon instead of plain words',
  'send.rule.plain-acronym': 'Unexplained acronym',
  'send.rule.plain-long-word': 'Word too long',
  'send.rule.plain-long-sentence': 'Sentence too long',
  'send.rule.plain-imperative': 'Imperative instead of a request',
  'send.rule.plain-rhetorical-question': 'Rhetorical question to the citizen',
  'send.rule.plain-readability': 'Text hard to read',
  'send.more': ({ count }) => `… and ${count} more — see the Etykieta pane.`,
  'send.openPane': 'Open Etykieta',
  'send.checkFailed': 'Etykieta could not check this message ({reason}). Your office policy holds sending — open the Etykieta pane or try again.',
};
