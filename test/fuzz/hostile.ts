/**
 * Random and hostile messages for the property tests: broken Unicode (lone surrogates, RTL
 * overrides, zero-width characters), huge words, deep and broken HTML, stray entities,
 * malformed addresses, and pieces of real Polish office mail so that random input reaches deep
 * into the rules rather than stopping at the first check.
 */
import fc from 'fast-check';
import { createMessage, type Address, type MailMessage } from '../../src/engine/model';

/** Runs per property: CI gets the 1,000 of issue 9; a local run stays quick on 2 cores; FUZZ_RUNS=N searches deeper by hand. */
export const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : process.env.CI ? 1000 : 200;

const WEIRD = ['\uD800', '\uDFFF', '\uDBFF\uDBFF', '\u202E', '\u202D', '\u200F', '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u0000', '\r', '\t', '\u00A0', '\u2028', 'İ', 'ẞ', 'ß', 'ﬁ', 'Σ', '👍🏽', 'ą', 'Ż', '\u0301'];
const MAIL = [
  'Szanowny Panie', 'Szanowna Pani', 'Witam', 'Dzień dobry', 'Hej', 'Z poważaniem', 'Pozdrawiam', 'Od:', 'From:', 'Do:', 'Temat:', 'DW:',
  'Wysłane:', '-----Original Message-----', 'Dnia 3 marca 2026 Jan napisał(a):', '> ', 'PESEL 44051401359', '90080515811', 'PL61109010140000071219812874',
  'NIP 526-000-12-46', 'ABC123456', 'w załączniku', 'załącznik', 'opłata skarbowa 17 zł', 'znak OR.1234.5.2026', 'art. 35 k.p.a.', 'tel. 77 123 45 67',
  'jan@example.pl', 'https://example.pl/a?b=c', 'www.gmina.pl', 'Pan się myli', 'proszę się uspokoić', '.', '!', '?', '…', ',', '\n', '\n\n', ' ', '-- ',
];
const TAGS = ['div', 'p', 'span', 'b', 'br', 'blockquote', 'table', 'tr', 'td', 'a', 'script', 'style', 'o:p', 'xml', 'head', 'body', 'html', 'li', 'hr', 'img', 'pre', 'title', 'textarea', 'xmp'];
const ATTRS = [
  '', ' id="divRplyFwdMsg"', ' class="gmail_quote"', ' type="cite"', ' id="etykieta-signature" data-variant="short"', ' href="mailto:x@y.pl"',
  ' href="mailto:%ZZ"', ' class="etykieta-signature"', ' style="x', " onerror='alert(1)'", ' id=appendonsend',
];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&nbsp;', '&#0;', '&#xD800;', '&#x110000;', '&#99999999;', '&bogus;', '&', '&#', '&amp', '&quot;', '&oacute;'];

const weirdChar = fc.constantFrom(...WEIRD);
/** Text: random code points, hostile characters and mail phrases, mixed. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), weirdChar, fc.constantFrom(...MAIL), fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

const tag: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS)).map(([t, a]) => `<${t}${a}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom('<', '>', '<!--', '-->', '<!DOCTYPE html>', '<![CDATA[', ']]>', '</', '<a', '<div id="', '<?xml ?>'),
);
/** HTML: random tags, attributes and entities among the text, unbalanced on purpose. */
export const hostileHtml: fc.Arbitrary<string> = fc
  .array(fc.oneof(hostileText, tag, fc.constantFrom(...ENTITIES)), { maxLength: 40 })
  .map((parts) => parts.join(''));

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Raw-text elements swallow everything up to their end tag, so a serialiser always closes them.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const NORMAL_TAGS = TAGS.filter((t) => !RAW_TEXT.has(t));
const completeTag: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('<style>p{margin:0}</style>', '<script>alert(1)</script>', '<!-- komentarz -->'),
  fc.tuple(fc.constantFrom(...NORMAL_TAGS), fc.constantFrom(...ATTRS.filter((a) => (a.split('"').length - 1) % 2 === 0 && (a.split("'").length - 1) % 2 === 0))).map(([t, a]) => `<${t}${a}>`),
  fc.constantFrom(...NORMAL_TAGS).map((t) => `</${t}>`),
);
/**
 * HTML as a serialiser writes it (Outlook hands out a serialised DOM): every tag and attribute
 * is complete, text is escaped, but nesting is still random and often unbalanced.
 */
export const serialisedHtml: fc.Arbitrary<string> = fc
  .array(fc.oneof(hostileText.map(escapeText), completeTag, fc.constantFrom('&amp;', '&nbsp;', '&lt;', '&#x17C;')), { maxLength: 40 })
  .map((parts) => parts.join(''));

const local = fc.oneof(fc.constantFrom('jan.nowak', 'a', 'ANNA.Kowalska', '', '"quoted name"', 'x+tag', 'ą'), hostileText);
const domain = fc.oneof(fc.constantFrom('gmina.example.pl', 'GMINA.example.pl', 'gmína.example.pl', 'gmina.example.pl.', 'wp.pl', '', 'localhost', '[127.0.0.1]'), hostileText);
/** Addresses: mostly plausible, some malformed (no @, two @, empty, hostile text). */
export const hostileAddress: fc.Arbitrary<Address> = fc.record(
  {
    name: fc.option(hostileText, { nil: undefined }),
    address: fc.oneof(fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`), hostileText, fc.constant('@@'), fc.constant('')),
  },
  { requiredKeys: ['address'] },
);

export const hostileMessage: fc.Arbitrary<MailMessage> = fc
  .record({
    subject: hostileText,
    html: fc.option(hostileHtml, { nil: undefined }),
    text: fc.option(hostileText, { nil: undefined }),
    to: fc.array(hostileAddress, { maxLength: 6 }),
    cc: fc.array(hostileAddress, { maxLength: 4 }),
    bcc: fc.array(hostileAddress, { maxLength: 3 }),
    from: fc.option(hostileAddress, { nil: undefined }),
    attachments: fc.array(fc.record({ name: hostileText, size: fc.integer({ min: -1, max: 2 ** 40 }), isInline: fc.boolean() }), { maxLength: 3 }),
    composeType: fc.constantFrom('new', 'reply', 'forward') as fc.Arbitrary<MailMessage['composeType']>,
    sender: fc.option(fc.record({ name: hostileText, position: hostileText, phone: hostileText }, { requiredKeys: [] }), { nil: undefined }),
  })
  .map(({ html, text, ...rest }) => createMessage({ ...rest, bodyHtml: html, bodyText: text }));

/** Hand-made extremes that random generation rarely reaches. */
export function extremeMessages(): Array<[string, MailMessage]> {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Osoba ${i}`, address: `osoba${i}@firma${i % 50}.pl` }));
  return [
    ['empty everything', createMessage()],
    ['empty strings', createMessage({ subject: '', bodyHtml: '', bodyText: '', to: [{ address: '' }], from: { address: '' } })],
    ['10,000 recipients', createMessage({ to: many(5000), cc: many(5000), subject: 'Informacja', bodyText: 'Szanowni Państwo,\nprzesyłam.\nZ poważaniem\nJan' })],
    ['one 100 KB word', createMessage({ subject: 'x'.repeat(100_000), bodyText: `Szanowna Pani,\n${'ą'.repeat(100_000)}\nZ poważaniem` })],
    ['5,000 nested divs', createMessage({ bodyHtml: `${'<div>'.repeat(5000)}Szanowna Pani,${'</div>'.repeat(5000)}` })],
    ['5,000 unclosed blockquotes', createMessage({ bodyHtml: `${'<blockquote type="cite">Od: a@b.pl'.repeat(5000)}` })],
    ['lone surrogates everywhere', createMessage({ subject: '\uD800', bodyText: '\uDFFF\uD800 Szanowny Panie \uDBFF', to: [{ name: '\uD800', address: '\uDC00@\uD800.pl' }] })],
    ['RTL and zero-width', createMessage({ subject: '\u202Eabc\u200B', bodyHtml: '<div>\u202ESzanowna\u200D Pani\u200F,</div><div>\uFEFFZ poważaniem</div>' })],
    // Found by this fuzzer: decodeURIComponent threw in the body parser, before any rule ran.
    ['malformed mailto escape', createMessage({ bodyHtml: '<div>Od: <a href="mailto:%E0%A4%A">x</a></div><blockquote type="cite"><a href="MAILTO:%ZZ?subject=%">y</a></blockquote>' })],
    ['only a signature marker', createMessage({ bodyHtml: '<div id="etykieta-signature" data-variant="full"></div>' })],
  ];
}
