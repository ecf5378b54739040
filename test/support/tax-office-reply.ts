/**
 * Fixtures for the plain-language length and readability tables: a clerk of a town's finance
 * department (Urząd Miasta Kamienna Góra) answering a citizen, as a plain-text reply with a typed
 * signature and the confidentiality notice, and as an Outlook HTML reply.
 */
import { outlookQuoteHeader } from './office-letters';

export const citizen = { name: 'Tomasz Wójcik', address: 'tomasz.wojcik@gmail.com' };
export const clerk = { name: 'Ewa Mazur', address: 'e.mazur@um.kamiennagora.pl' };
export const sender = { name: 'Ewa Mazur', position: 'Referent', department: 'Wydział Finansowy' };

export const NOTICE =
  'Niniejsza wiadomość elektroniczna może zawierać informacje poufne i przeznaczone do wyłącznej wiadomości adresata. Przeglądanie, przesyłanie, powielanie lub jakiegokolwiek inne wykorzystanie tych informacji przez osoby inne niż te, dla których wiadomość była przeznaczona, jest zabronione.';

/** A plain-text reply: own text, a typed signature with the notice, then Outlook's quote header. */
export function taxReply(own: string, quoted: string, topic: string) {
  return {
    from: clerk,
    to: [citizen],
    sender,
    composeType: 'reply' as const,
    subject: `RE: ${topic}`,
    bodyText: `${own}\n\nZ poważaniem\nEwa Mazur\nReferent\nWydział Finansowy\ntel. 75 645 51 20\n${NOTICE}\n\n${outlookQuoteHeader(citizen, clerk, 'środa, 18 listopada 2026 14:05', topic)}\n\n${quoted}`,
  };
}

/** Outlook HTML reply with the quote under divRplyFwdMsg. */
export function taxHtmlReply(ownParagraphs: string[], quotedParagraphs: string[]) {
  const own = ownParagraphs.map((p) => `<p class="MsoNormal">${p}</p>`).join('');
  const quoted = quotedParagraphs.map((p) => `<p class="MsoNormal">${p}</p>`).join('');
  return {
    from: clerk,
    to: [citizen],
    sender,
    composeType: 'reply' as const,
    subject: 'RE: Opłata za odpady',
    bodyHtml: `<html><body><div class="WordSection1">${own}<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Tomasz Wójcik &lt;tomasz.wojcik@gmail.com&gt;<br><b>Wysłane:</b> 18 listopada 2026<br><b>Do:</b> e.mazur@um.kamiennagora.pl<br><b>Temat:</b> Opłata za odpady</div>${quoted}</div></body></html>`,
  };
}
