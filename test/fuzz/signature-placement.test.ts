/**
 * contract § 8: signature insertion is idempotent and leaves every other byte of the body alone.
 * Uses the same functions the compose adapter calls (placeSignature with the engine's quote start).
 */
import fc from 'fast-check';
import { placeSignature } from '../../src/office/html-edit';
import { buildSignature } from '../../src/engine/signature';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { SIGNATURE_MARKER } from '../../src/engine/parse/signature-marker';
import { hostileText, RUNS, serialisedHtml } from './hostile';

/**
 * Outlook-like bodies with and without a quoted thread, plus random serialised HTML. Not raw
 * hostile HTML: a body that ends inside an unterminated tag ('<div id="') swallows the
 * appended block, and the second placement then cuts from that tag on (reported in
 * docs/performance.md; Outlook's bodies are serialised, so their tags are always complete).
 */
const OUTLOOK = [
  '<html><head><style>p{margin:0}</style></head><body><div>Szanowna Pani,</div><div>treść.</div></body></html>',
  '<html><body><div>Dziękuję.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> a@b.pl</div><div>Dzień dobry</div></body></html>',
  '<div>Odpowiedź</div><blockquote type="cite">Dnia 1 marca Jan napisał(a):<br>cytat</blockquote>',
  'tekst bez znaczników',
];
const body = fc.oneof(fc.constantFrom(...OUTLOOK), serialisedHtml, fc.tuple(fc.constantFrom(...OUTLOOK), serialisedHtml).map(([a, b]) => a.replace('</body>', `${b}</body>`)));
/**
 * Signature fields, hostile text included, plus text that reads like a quote header ("> a",
 * "-----Original Message-----", "Od: …"): inside our own block it must not start the thread.
 */
const field = fc.oneof(hostileText, fc.constantFrom('> a', '-----Original Message-----', 'Od: Anna <anna@wp.pl>', 'Dnia 1 marca Jan napisał(a):'));
const signature = fc
  .record({ name: field, position: field, phone: field, variant: fc.constantFrom('full' as const, 'short' as const) })
  .map(({ variant, ...profile }) => buildSignature(DEFAULT_CONFIG, profile, variant).html);

/** What the compose adapter does: the engine's quote start decides where a new block goes. */
function place(html: string, sig: string): string {
  const parsed = parseBody(createMessage({ bodyHtml: html }));
  return placeSignature(html, sig, parsed.quote ? parsed.quote.start : null);
}

describe('signature placement', () => {
  test('placing the same signature twice gives the body of placing it once', () => {
    fc.assert(
      fc.property(body, signature, (html, sig) => {
        const once = place(html, sig);
        expect(place(once, sig)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  test('on a body without our block, only the signature (after an empty line) is added', () => {
    fc.assert(
      fc.property(body.filter((h) => !h.includes(SIGNATURE_MARKER)), signature, (html, sig) => {
        const once = place(html, sig);
        const at = once.indexOf(`<div><br></div>${sig}`);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(once.slice(0, at) + once.slice(at + `<div><br></div>${sig}`.length)).toBe(html);
      }),
      { numRuns: RUNS },
    );
  });

  test('a new signature replaces ours and keeps every byte around it', () => {
    fc.assert(
      fc.property(body.filter((h) => !h.includes(SIGNATURE_MARKER)), signature, signature, (html, first, second) => {
        const once = place(html, first);
        const at = once.indexOf(first);
        const replaced = place(once, second);
        expect(replaced).toBe(once.slice(0, at) + second + once.slice(at + first.length));
      }),
      { numRuns: RUNS },
    );
  });
});
