/**
 * HTML body -> plain text with the positions the rest of the engine needs. One streaming pass
 * (html-tree.ts: htmlparser2's tokenizer with a stack of our own, so deep nesting costs what
 * shallow nesting does), no DOM, no recursion, and each text node is copied once.
 *
 * The text is built exactly as src/office/html-edit.ts builds it (a test keeps the two equal):
 * white space runs (`\s`, which includes U+00A0) become one space, none at the start of a line or
 * before a line break; block elements start and end a line; `<br>` ends one; the content of
 * SKIP elements is dropped. A space is held back as "pending" and written only when text follows
 * it on the same line, which is the same text without rewriting what was already written. Text
 * is read from the HTML in place by one scan of its characters and appended as runs (no regex
 * replace on a text node: on one 1 MB node of short words and line breaks it grew 25× from 100 KB).
 */
import { walkHtml } from './html-tree';
import { SIGNATURE_MARKER } from './signature-marker';
import { isSpaceCode } from '../text/trim';

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
/** One lookup per tag: whether it is a block, skipped, or (most tags) neither. */
const KIND = new Map<string, 'block' | 'skip'>([...[...BLOCK].map((n): [string, 'block'] => [n, 'block']), ...[...SKIP].map((n): [string, 'skip'] => [n, 'skip'])]);
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

/** Runs of one text after which the rest of it is collapsed character by character (`appendCollapsed`). */
const MANY_RUNS = 64;
/** Code units per String.fromCharCode call: well under any engine's limit on arguments. */
const UNITS_PER_CALL = 8192;

function stringOf(units: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += UNITS_PER_CALL) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + UNITS_PER_CALL)) as unknown as number[]);
  }
  return s;
}

export function htmlToText(html: string): HtmlText {
  let out = '';
  let length = 0; // of `out`; a pending space comes after it
  let pendingSpace = false;
  let lastCode = 10; // last character written; the text starts as if after a line break
  let skipDepth = 0;
  let depth = 0;
  let signatureDepth = -1;
  let signature: HtmlText['signature'] = null;
  let quoteMarker: number | null = null;
  const mailtos: HtmlText['mailtos'] = [];

  // Outlook repeats a few classes ("MsoNormal") on every paragraph: each is looked at once.
  const plainClassIsQuote = new Map<string, boolean>();
  const isQuoteMarkerOnce = (name: string, attribs: Record<string, string>): boolean => {
    if (attribs.id !== undefined || attribs.class === undefined || name === 'blockquote') return isQuoteMarker(name, attribs);
    let known = plainClassIsQuote.get(attribs.class);
    if (known === undefined) plainClassIsQuote.set(attribs.class, (known = isQuoteMarker(name, attribs)));
    return known;
  };
  const position = () => length + (pendingSpace ? 1 : 0);
  /** The trailing space is never written: positions taken after it move back onto the text. */
  const dropPendingSpace = () => {
    if (!pendingSpace) return;
    pendingSpace = false;
    if (signature && signature.start > length) signature.start = length;
    if (quoteMarker !== null && quoteMarker > length) quoteMarker = length;
  };
  const lineBreak = () => {
    out += '\n';
    length++;
    lastCode = 10;
  };
  /**
   * Text of `source` from `start` to `end`, white space collapsed: a space becomes pending unless
   * the line is still empty, and is written before the next visible character. Runs of text (single
   * spaces between words included) are appended as slices, found by one scan of the characters.
   */
  const appendText = (source: string, start: number, end: number) => {
    if (skipDepth > 0) return;
    let i = start;
    for (let runs = 0; i < end; runs++) {
      if (runs === MANY_RUNS) return appendCollapsed(source, i, end);
      if (isSpaceCode(source.charCodeAt(i))) {
        if (lastCode !== 10) pendingSpace = true;
        i++;
        continue;
      }
      // A run ends at white space other than one plain space between two visible characters.
      let j = i + 1;
      while (j < end) {
        const c = source.charCodeAt(j);
        // Most characters are visible ASCII: two comparisons, white space looked up only beyond.
        if ((c > 32 && c < 0x7f) || !isSpaceCode(c)) j++;
        else if (c === 32 && j + 1 < end && !isSpaceCode(source.charCodeAt(j + 1))) j += 2;
        else break;
      }
      // The space before the run is written with it when the text has one there: one piece, not two.
      let from = i;
      if (pendingSpace) {
        pendingSpace = false;
        if (i > start && source.charCodeAt(i - 1) === 32) from = i - 1;
        else {
          out += ' ';
          length++;
        }
      }
      out += from === 0 && j === source.length ? source : source.slice(from, j);
      length += j - from;
      lastCode = source.charCodeAt(j - 1);
      i = j;
    }
  };
  /**
   * The rest of a text of many short runs ("-\n" a million times), collapsed character by
   * character into one string: appended run by run, it would be a rope of a million leaves, which
   * the collector copies over and over while it grows (time super-linear in its length).
   */
  const appendCollapsed = (source: string, start: number, end: number) => {
    const units = new Uint16Array(end - start + 1);
    let n = 0;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (isSpaceCode(c)) {
        if (lastCode !== 10) pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        units[n++] = 32;
        pendingSpace = false;
      }
      units[n++] = c;
      lastCode = c;
    }
    out += stringOf(units, n);
    length += n;
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
        const kind = KIND.get(name);
        if (kind === 'skip') skipDepth++;
        else if (kind === 'block') newline();
        if (name === 'br') {
          dropPendingSpace();
          lineBreak();
        }
        const { id, class: cls } = attribs;
        if (id === undefined && cls === undefined && attribs.type === undefined && name !== 'a') return;
        if (signature === null && signatureDepth < 0 && (id?.includes(SIGNATURE_MARKER) || cls?.includes(SIGNATURE_MARKER))) {
          signatureDepth = depth;
          const variant = attribs['data-variant'];
          signature = { start: position(), end: position(), variant: variant === 'short' || variant === 'full' ? variant : undefined };
        }
        if (quoteMarker === null && isQuoteMarkerOnce(name, attribs)) quoteMarker = position();
        const href = attribs.href ?? '';
        if (name === 'a' && /^mailto:/i.test(href)) {
          const address = decodeMailto(href.slice(7).split('?')[0] ?? '').trim();
          if (address) mailtos.push({ address, at: position() });
        }
      },
      ontext(data) {
        appendText(data, 0, data.length);
      },
      ontextrange: appendText,
      onclosetag(name) {
        const kind = KIND.get(name);
        if (kind === 'skip' && skipDepth > 0) skipDepth--;
        else if (kind === 'block') newline();
        if (signatureDepth === depth && signature) {
          signature.end = position();
          signatureDepth = -2; // closed; only the first marked block counts
        }
        depth--;
      },
    },
    { attributes: ATTRIBUTES },
  );
  if (pendingSpace) {
    out += ' ';
    length++;
    pendingSpace = false;
  }
  // Assigned inside the parser's callbacks, which TypeScript's narrowing does not follow.
  const sig = signature as HtmlText['signature'];
  if (sig && signatureDepth > 0) sig.end = position();
  return { text: out, signature: sig, quoteMarker: quoteMarker as number | null, mailtos };
}
