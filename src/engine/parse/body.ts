/**
 * The body is parsed once into own text, signature block and quoted thread, with lines,
 * sentences and words of the own text; every rule reads this shared result.
 */
import type { MailMessage } from '../model';
import { htmlToText } from './html';
import { findQuoteStart, quoteHeaderLines } from './quote';
import { Lines } from './lines';
import { findTypedSignature } from './signature';
import { findAddresses } from './addresses';
import { splitSentences, tokenizeWords, type Sentence, type Span, type Word } from '../text/tokenize';

export type { Span, Word, Sentence } from '../text/tokenize';
export { Lines, type Line } from './lines';

export type SignatureBlock = Span & {
  /** True when it is the block Etykieta inserted (carries our marker). */
  marked: boolean;
  variant?: 'full' | 'short';
  text: string;
};

export type ParsedBody = {
  /** The whole body as plain text; every offset below points into it. */
  text: string;
  /** What the clerk wrote now: before the signature and the quoted thread. */
  own: Span;
  ownText: string;
  signature: SignatureBlock | null;
  quote: Span | null;
  quoteText: string;
  /** Lines of the own text. */
  lines: Lines;
  sentences: Sentence[];
  words: Word[];
  /** Addresses found in the quote headers (Od:/From:/Do:/To:/DW:/Cc:, "… napisał(a):"). */
  threadAddresses: string[];
  /** True when the body was HTML. */
  isHtml: boolean;
};

function senderNames(message: MailMessage): string[] {
  const names: string[] = [];
  if (message.sender?.name) names.push(message.sender.name);
  if (message.from?.name) names.push(message.from.name);
  return names;
}

export function parseBody(message: MailMessage): ParsedBody {
  const isHtml = typeof message.bodyHtml === 'string' && message.bodyHtml.trim() !== '';
  let text: string;
  let marked: { start: number; end: number; variant?: 'full' | 'short' } | null = null;
  let quoteMarker: number | null = null;
  let mailtos: { address: string; at: number }[] = [];
  if (isHtml) {
    const html = htmlToText(message.bodyHtml as string);
    text = html.text;
    marked = html.signature;
    quoteMarker = html.quoteMarker;
    mailtos = html.mailtos;
  } else {
    const raw = message.bodyText ?? '';
    text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  }

  // Only lines before the reply marker can start the thread earlier than the marker does.
  const limit = quoteMarker ?? text.length;
  let quoteStart = findQuoteStart(text, 0, text.length, limit);
  // A field of our own signature that reads like a quote header ("-----Original Message-----")
  // is not the thread: look again after the block.
  if (marked && quoteStart >= marked.start && quoteStart < marked.end) {
    const after = text.indexOf('\n', marked.end - 1) + 1 || text.length + 1;
    const afterLine = marked.end === 0 || text[marked.end - 1] === '\n' ? marked.end : after;
    quoteStart = afterLine <= text.length ? findQuoteStart(text, afterLine, text.length, limit) : -1;
  }
  if (quoteStart < 0) quoteStart = text.length;
  if (quoteMarker !== null && quoteMarker < quoteStart) quoteStart = quoteMarker;
  // Our own signature is never part of the quote, even when a reply marker precedes it oddly.
  if (marked && marked.start >= quoteStart) marked = null;

  let signature: SignatureBlock | null = null;
  let ownEnd = quoteStart;
  let lines: Lines;
  if (marked) {
    signature = { start: marked.start, end: Math.min(marked.end, quoteStart), marked: true, variant: marked.variant, text: '' };
    ownEnd = marked.start;
    lines = Lines.of(text, 0, ownEnd);
  } else {
    lines = Lines.of(text, 0, quoteStart);
    const sigLine = findTypedSignature(lines, senderNames(message));
    if (sigLine >= 0) {
      signature = { start: lines.start(sigLine), end: quoteStart, marked: false, text: '' };
      ownEnd = signature.start;
      // The own text's lines end with the empty line where the signature starts.
      lines = lines.endingBefore(sigLine);
    }
  }
  if (signature) signature.text = text.slice(signature.start, signature.end);

  const quote = quoteStart < text.length ? { start: quoteStart, end: text.length } : null;
  const quoteText = quote ? text.slice(quote.start) : '';
  const threadAddresses = new Set<string>();
  if (quote) {
    // A long thread repeats its header lines ("Do: Jan Nowak <jan.nowak@…>" in every message): each is read once.
    for (const line of new Set(quoteHeaderLines(text, quote.start, quote.end))) for (const a of findAddresses(line)) threadAddresses.add(a.address.toLowerCase());
    for (const m of mailtos) if (m.at >= quote.start) threadAddresses.add(m.address.toLowerCase());
  }

  const words = tokenizeWords(text, 0, 0, ownEnd);
  return {
    text,
    own: { start: 0, end: ownEnd },
    ownText: text.slice(0, ownEnd),
    signature,
    quote,
    quoteText,
    lines,
    sentences: splitSentences(text, 0, ownEnd, words),
    words,
    threadAddresses: [...threadAddresses],
    isHtml,
  };
}
