/**
 * HTML body -> plain text with the positions the rest of the engine needs, using a real
 * streaming HTML parser (htmlparser2: no DOM, no recursion, so deeply nested mail is safe).
 */
import { Parser } from 'htmlparser2';

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

import { SIGNATURE_MARKER } from './signature-marker';

export { SIGNATURE_MARKER };

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

function lastCharOf(chunks: string[]): string {
  for (let i = chunks.length - 1; i >= 0; i--) {
    const c = chunks[i];
    if (c.length > 0) return c[c.length - 1];
  }
  return '\n';
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let length = 0;
  let lastChar = '\n';
  let skipDepth = 0;
  let depth = 0;
  let signatureDepth = -1;
  let signature: HtmlText['signature'] = null;
  let quoteMarker: number | null = null;
  const mailtos: HtmlText['mailtos'] = [];

  const append = (s: string) => {
    if (s === '') return;
    out.push(s);
    length += s.length;
    lastChar = s[s.length - 1];
  };
  const dropTrailingSpace = () => {
    if (lastChar === ' ') {
      // Drop the trailing space so that every line ends at its last visible character.
      let last = out.length - 1;
      while (out[last] === '') last--;
      out[last] = out[last].slice(0, -1);
      length--;
      if (signature && signature.start > length) signature.start = length;
      if (quoteMarker !== null && quoteMarker > length) quoteMarker = length;
      lastChar = lastCharOf(out);
    }
  };
  const newline = () => {
    dropTrailingSpace();
    if (lastChar !== '\n') append('\n');
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (SKIP.has(name)) skipDepth++;
        if (BLOCK.has(name)) newline();
        if (name === 'br') {
          dropTrailingSpace();
          append('\n');
        }
        const marker = `${attribs.id ?? ''} ${attribs.class ?? ''}`;
        if (signature === null && signatureDepth < 0 && marker.includes(SIGNATURE_MARKER)) {
          signatureDepth = depth;
          const variant = attribs['data-variant'];
          signature = { start: length, end: length, variant: variant === 'short' || variant === 'full' ? variant : undefined };
        }
        if (quoteMarker === null && isQuoteMarker(name, attribs)) quoteMarker = length;
        const href = attribs.href ?? '';
        if (name === 'a' && /^mailto:/i.test(href)) {
          const address = decodeMailto(href.slice(7).split('?')[0] ?? '').trim();
          if (address) mailtos.push({ address, at: length });
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        // HTML collapses white space; a non-breaking space is just a space to a reader.
        let t = data.replace(/[\s\u00a0]+/g, ' ');
        if (lastChar === '\n' || lastChar === ' ') t = t.replace(/^ /, '');
        append(t);
      },
      onclosetag(name) {
        if (SKIP.has(name) && skipDepth > 0) skipDepth--;
        if (BLOCK.has(name)) newline();
        if (signatureDepth === depth && signature) {
          signature.end = length;
          signatureDepth = -2; // closed; only the first marked block counts
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  // Assigned inside the parser's callbacks, which TypeScript's narrowing does not follow.
  const sig = signature as HtmlText['signature'];
  if (sig && signatureDepth > 0) sig.end = length;
  return { text: out.join(''), signature: sig, quoteMarker: quoteMarker as number | null, mailtos };
}
