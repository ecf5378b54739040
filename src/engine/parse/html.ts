/**
 * HTML body -> plain text with the positions the rest of the engine needs. One streaming pass
 * (html-tree.ts: htmlparser2's tokenizer with a stack of our own, so deep nesting costs what
 * shallow nesting does), no DOM, no recursion, and each text node is copied once.
 *
 * The text is built exactly as src/office/html-edit.ts builds it (a test keeps the two equal):
 * white space runs (`\s`, which includes U+00A0) become one space, none at the start of a line or
 * before a line break; block elements start and end a line; `<br>` ends one; the content of
 * SKIP elements is dropped. A trailing space is held back as "pending" instead of being written
 * and taken back, which is the same text without rewriting what was already written.
 */
import { walkHtml } from './html-tree';
import { SIGNATURE_MARKER } from './signature-marker';
import { collapseSpaces } from '../text/trim';

export { SIGNATURE_MARKER };

export type HtmlText = {
  text: string;
  /** Where our inserted signature element starts and ends in `text`. */
  signature: { start: number; end: number; variant?: 'full' | 'short' } | null;
  /** Earliest position of a reply/forward marker (Outlook divRplyFwdMsg/appendonsend, blockquote cite, gmail_quote). */
  quoteMarker: number | null;
  /** mailto: addresses with the position of their link text. */
  mailtos: { address: string; at: number }[];
};

const BLOCK = new Set([
  'p', 'div', 'hr', 'tr', 'li', 'ul', 'ol', 'table', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'section', 'article', 'header', 'footer', 'address', 'dd', 'dt', 'dl', 'center', 'form',
]);
const SKIP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'xml', 'o:p']);
/** The only attributes the text needs: the rest of Outlook's markup (style, lang, width…) is never copied. */
const ATTRIBUTES = new Set(['id', 'class', 'type', 'href', 'data-variant']);

function isQuoteMarker(name: string, attribs: Record<string, string>): boolean {
  const id = attribs.id ?? '';
  const cls = attribs.class ?? '';
  if (/divRplyFwdMsg|appendonsend/i.test(id)) return true;
  if (name === 'blockquote' && (attribs.type === 'cite' || /gmail_quote/.test(cls))) return true;
  return /\b(gmail_quote|moz-cite-prefix|OutlookMessageHeader)\b/.test(cls);
}

/** A malformed escape ("mailto:%ZZ") must not stop the whole check: keep the raw text then. */
function decodeMailto(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let length = 0; // of what is in `out`; a pending space comes after it
  let pendingSpace = false;
  let lastCode = 10; // last character written; the text starts as if after a line break
  let skipDepth = 0;
  let depth = 0;
  let signatureDepth = -1;
  let signature: HtmlText['signature'] = null;
  let quoteMarker: number | null = null;
  const mailtos: HtmlText['mailtos'] = [];

  const position = () => length + (pendingSpace ? 1 : 0);
  /** The trailing space is never written: positions taken after it move back onto the text. */
  const dropPendingSpace = () => {
    if (!pendingSpace) return;
    pendingSpace = false;
    if (signature && signature.start > length) signature.start = length;
    if (quoteMarker !== null && quoteMarker > length) quoteMarker = length;
  };
  const lineBreak = () => {
    out.push('\n');
    length++;
    lastCode = 10;
  };
  const newline = () => {
    dropPendingSpace();
    if (lastCode !== 10) lineBreak();
  };

  walkHtml(
    html,
    {
      onopentag(name, attribs) {
        depth++;
        if (SKIP.has(name)) skipDepth++;
        if (BLOCK.has(name)) newline();
        if (name === 'br') {
          dropPendingSpace();
          lineBreak();
        }
        if (attribs.id === undefined && attribs.class === undefined && attribs.type === undefined && name !== 'a') return;
        const marker = `${attribs.id ?? ''} ${attribs.class ?? ''}`;
        if (signature === null && signatureDepth < 0 && marker.includes(SIGNATURE_MARKER)) {
          signatureDepth = depth;
          const variant = attribs['data-variant'];
          signature = { start: position(), end: position(), variant: variant === 'short' || variant === 'full' ? variant : undefined };
        }
        if (quoteMarker === null && isQuoteMarker(name, attribs)) quoteMarker = position();
        const href = attribs.href ?? '';
        if (name === 'a' && /^mailto:/i.test(href)) {
          const address = decodeMailto(href.slice(7).split('?')[0] ?? '').trim();
          if (address) mailtos.push({ address, at: position() });
        }
      },
      ontext(data) {
        if (skipDepth > 0 || data === '') return;
        // HTML collapses white space; a non-breaking space is just a space to a reader.
        const t = collapseSpaces(data);
        let from = 0;
        let to = t.length;
        const leadingSpace = t.charCodeAt(0) === 32;
        if (leadingSpace) from = 1;
        if (to > from && t.charCodeAt(to - 1) === 32) to--;
        if (to <= from) {
          // Only white space: one space, unless a space or a line break is already there.
          if (leadingSpace && lastCode !== 10) pendingSpace = true;
          return;
        }
        if (pendingSpace || (leadingSpace && lastCode !== 10)) {
          out.push(' ');
          length++;
        }
        out.push(from === 0 && to === t.length ? t : t.slice(from, to));
        length += to - from;
        lastCode = t.charCodeAt(to - 1);
        pendingSpace = to < t.length;
      },
      onclosetag(name) {
        if (SKIP.has(name) && skipDepth > 0) skipDepth--;
        if (BLOCK.has(name)) newline();
        if (signatureDepth === depth && signature) {
          signature.end = position();
          signatureDepth = -2; // closed; only the first marked block counts
        }
        depth--;
      },
    },
    { attributes: ATTRIBUTES },
  );
  if (pendingSpace) out.push(' ');
  // Assigned inside the parser's callbacks, which TypeScript's narrowing does not follow.
  const sig = signature as HtmlText['signature'];
  if (sig && signatureDepth > 0) sig.end = position();
  return { text: out.join(''), signature: sig, quoteMarker: quoteMarker as number | null, mailtos };
}
