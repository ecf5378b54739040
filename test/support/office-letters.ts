/**
 * Builders for the rule tables' letters: a clerk writing to a citizen, either a new letter or a
 * plain-text reply with Outlook's quote header. Each table keeps its own office, people and
 * signature; only the shape of the message is shared.
 */
import type { Address, SenderProfile } from '../../src/engine/model';

export type Correspondence = {
  clerk: Address;
  citizen: Address;
  sender: SenderProfile;
  /** The typed signature, starting with the blank line before the closing. */
  signature: string;
  /** Subject of a new letter. */
  letterSubject: string;
  /** The matter of the thread being answered: "RE: <topic>" and "Temat: <topic>". */
  topic: string;
  /** Outlook's "Wysłane:" value of the quoted message. */
  sent: string;
};

/** Outlook's plain-text header above a quoted message. */
export function outlookQuoteHeader(from: Address, to: Address, sent: string, topic: string): string {
  return `Od: ${from.name} <${from.address}>\nWysłane: ${sent}\nDo: ${to.address}\nTemat: ${topic}`;
}

export function correspondence(c: Correspondence) {
  const base = { from: c.clerk, to: [c.citizen], sender: c.sender };
  return {
    letter: (own: string, subject = c.letterSubject) => ({ ...base, composeType: 'new' as const, subject, bodyText: `${own}${c.signature}` }),
    reply: (own: string, quoted: string) => ({
      ...base,
      composeType: 'reply' as const,
      subject: `RE: ${c.topic}`,
      bodyText: `${own}${c.signature}\n\n${outlookQuoteHeader(c.citizen, c.clerk, c.sent, c.topic)}\n\n${quoted}`,
    }),
  };
}
