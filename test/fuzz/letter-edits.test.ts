/**
 * Issue 14 "done means": every fix the engine offers and every template, applied through the real
 * adapter to generated letters (HTML and plain text; greetings with and without a comma, on their
 * own line or running into the sentence; formal, semi-formal and informal closings, also ending
 * the last paragraph; our signature, a typed one or none; quoted threads), alone and in sequence:
 * - every word of the own text outside the finding's range survives;
 * - the quoted thread (and the signature, unless the fix is the signature's) stays byte for byte;
 * - a second application changes nothing;
 * - the re-check shows no finding of that rule with that message (for a rule that reports each
 *   of several phrases: not that one, there);
 * - the letter has at most one greeting and one closing; every recipient is there exactly once.
 */
import fc from 'fast-check';
import { createComposeAdapter } from '../../src/office/compose-adapter';
import { createPreviewMailbox, type BodyType } from '../../src/preview/mailbox';
import { escapeHtml, layoutHtml, quoteInsertionPoint } from '../../src/office/html-edit';
import { layoutText } from '../../src/office/text-edit';
import { openBody } from '../../src/office/letter-edit';
import { checkMessage } from '../../src/engine/runner';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { buildSignature } from '../../src/engine/signature';
import { parseGreeting } from '../../src/engine/greeting';
import { findClosings } from '../../src/engine/rules/data/closing-lines';
import { acknowledgementTemplate, summonsTemplate } from '../../src/engine/templates';
import { OfficeCallError, type FixContext } from '../../src/office/types';
import type { Finding, Fix } from '../../src/engine/types';
import type { EmailAddressLike } from '../../src/office/office-like';

jest.setTimeout(120_000);

const RUNS = process.env.CI ? 300 : 60;

const ACCOUNT = 'PL61 1090 1014 0000 0712 1981 2874';
const profile = { name: 'Anna Nowak', position: 'Inspektor', department: 'Referat Podatków', phone: '75 123 45 67', room: '12' };
const config: EngineConfig = { ...DEFAULT_CONFIG, organization: { name: 'Urząd Gminy Przykładowo', address: 'ul. Rynek 1, 00-001 Przykładowo', accounts: [ACCOUNT] } };
const context: FixContext = { config, profile, lang: 'pl' };
const clerk: EmailAddressLike = { displayName: 'Anna Nowak', emailAddress: 'anna.nowak@gmina.example.pl' };
const writer = { sender: profile, from: { name: 'Anna Nowak', address: 'anna.nowak@gmina.example.pl' } };

const person = (displayName: string, emailAddress: string): EmailAddressLike => ({ displayName, emailAddress });
const RECIPIENTS: EmailAddressLike[][] = [
  [person('Jan Kowalski', 'jan.kowalski@gmail.com')],
  [person('Katarzyna Mazur', 'k.mazur@interia.pl')],
  [person('Jan Kowalski', 'jan.kowalski@gmail.com'), person('Ewa Zielińska', 'ewa.z@wp.pl'), person('Piotr Wiśniewski', 'piotr.w@o2.pl'), person('Maria Lewandowska', 'maria.l@onet.pl')],
  [person('Sekretariat', 'sekretariat@gmina.example.pl'), person('Ewa Zielińska', 'ewa.z@wp.pl'), person('Piotr Wiśniewski', 'piotr.w@o2.pl'), person('Marek Lis', 'm.lis@onet.pl')],
];

const SENTENCES = [
  'zaświadczenie jest gotowe do odbioru w pokoju 12.',
  'uprzejmie informuję, że wniosek został rozpatrzony pozytywnie.',
  'proszę o osobiste stawiennictwo w urzędzie w dniu 3 grudnia o godz. 10:00 w celu podpisania wniosku.',
  'przed odbiorem proszę wpłacić opłatę skarbową w wysokości 17 zł.',
  'potwierdzam dane do decyzji: Jan Kowalski, PESEL 44051401359.',
  'w dniu dzisiejszym przesyłam decyzję.',
  'decyzja zostanie wysłana w przyszłym tygodniu.',
];
const GREETINGS = ['Witam', 'Witam uprzejmie', 'Hej', 'Dzień dobry', 'Szanowny Panie', 'Szanowna Pani', 'Szanowni Państwo'];
const CLOSINGS = ['Z poważaniem', 'Pozdrawiam', 'Pozdrawiam serdecznie', 'Pozdro', 'Pa', 'Z wyrazami szacunku'];
const TYPED_SIGNATURE = ['Anna Nowak', 'Inspektor', 'Referat Podatków', 'tel. 75 123 45 67'];

type Letter = {
  format: BodyType;
  newline: '\n' | '\r\n';
  greeting: string | null;
  comma: boolean;
  runsIn: boolean;
  sentences: string[];
  closing: string | null;
  closingEndsParagraph: boolean;
  signature: 'none' | 'ours' | 'typed';
  quote: boolean;
  to: EmailAddressLike[];
};

const letter: fc.Arbitrary<Letter> = fc.record({
  format: fc.constantFrom<BodyType>('html', 'text'),
  newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  greeting: fc.option(fc.constantFrom(...GREETINGS), { nil: null }),
  comma: fc.boolean(),
  runsIn: fc.boolean(),
  sentences: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }),
  closing: fc.option(fc.constantFrom(...CLOSINGS), { nil: null }),
  closingEndsParagraph: fc.boolean(),
  signature: fc.constantFrom<Letter['signature']>('none', 'ours', 'typed'),
  quote: fc.boolean(),
  to: fc.constantFrom(...RECIPIENTS),
});

/** The clerk's lines of a letter (greeting, paragraph, closing, signature). */
function ownLines(l: Letter): string[] {
  const lines: string[] = [];
  let paragraph = l.sentences.join(' ');
  if (l.greeting && l.runsIn) paragraph = `${l.greeting}${l.comma ? ',' : ''} ${paragraph}`;
  else if (l.greeting) lines.push(`${l.greeting}${l.comma ? ',' : ''}`, '');
  if (l.closing && l.closingEndsParagraph) paragraph = `${paragraph} ${l.closing}`;
  lines.push(paragraph);
  if (l.closing && !l.closingEndsParagraph) lines.push('', l.closing);
  if (l.signature === 'typed') lines.push(...TYPED_SIGNATURE);
  return lines;
}

const HTML_QUOTE =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>Od:</b> Jan Kowalski &lt;jan.kowalski@gmail.com&gt;<br><b>Wysłane:</b> poniedziałek, 21 grudnia 2026 10:12<br><b>Temat:</b> Wniosek</div>' +
  '<div>Witam, proszę o zaświadczenie. Mój PESEL 44051401359.</div><div>Pozdrawiam</div><div>Jan Kowalski</div>';
const TEXT_QUOTE = ['-----Original Message-----', 'From: Jan Kowalski <jan.kowalski@gmail.com>', 'Sent: Monday, December 21, 2026 10:12 AM', 'Subject: Wniosek', '', 'Witam, proszę o zaświadczenie.', 'Pozdrawiam', 'Jan Kowalski'];

function render(l: Letter): string {
  const lines = ownLines(l);
  const variant = l.quote ? 'short' : 'full';
  if (l.format === 'html') {
    const blocks = lines.map((x) => (x === '' ? '<div><br></div>' : `<div>${escapeHtml(x)}</div>`)).join('');
    const sig = l.signature === 'ours' ? buildSignature(config, profile, variant, 'pl').html : '';
    return `<html><head><style>p{margin:0}</style></head><body>${blocks}${sig}${l.quote ? `<div><br></div>${HTML_QUOTE}` : ''}</body></html>`;
  }
  const sig = l.signature === 'ours' ? ['', ...buildSignature(config, profile, variant, 'pl').text.replace(/\n$/, '').split('\n')] : [];
  return [...lines, ...sig, ...(l.quote ? ['', ...TEXT_QUOTE] : [])].join(l.newline);
}

function setup(l: Letter) {
  const raw = render(l);
  const mailbox = createPreviewMailbox(
    { from: clerk, to: l.to, subject: 'Wniosek o zaświadczenie – znak OR.1234.5.2026', composeType: l.quote ? 'reply' : 'new', bodyType: l.format, bodyHtml: l.format === 'html' ? raw : '', bodyText: l.format === 'text' ? raw : '' },
    { delayMs: 0, signatureApi: false },
  );
  mailbox.roamingSettings.set('etykieta.profile', profile);
  const adapter = createComposeAdapter(mailbox, mailbox.roamingSettings, { timeoutMs: 500, pollMs: 60_000 });
  return { mailbox, adapter };
}

type Mailbox = ReturnType<typeof setup>['mailbox'];
const rawOf = (m: Mailbox) => (m.state().bodyType === 'html' ? m.state().bodyHtml : m.state().bodyText);
const opened = (m: Mailbox) => openBody(m.state().bodyType, rawOf(m), writer);

/** The quoted thread exactly as stored: from where it starts in the raw body to the end. */
function rawQuote(m: Mailbox): string | null {
  const body = opened(m);
  if (!body.parsed.quote) return null;
  if (body.format === 'text') return body.raw.slice(layoutText(body.raw).rawAt(body.parsed.quote.start));
  const at = quoteInsertionPoint(layoutHtml(body.raw), body.parsed.quote.start);
  return at === null ? null : body.raw.slice(at);
}

/** Our signature block as stored, or the typed signature's text. */
function rawSignature(m: Mailbox): string | null {
  const body = opened(m);
  if (!body.parsed.signature) return null;
  if (body.format === 'html' && body.parsed.signature.marked) {
    const s = layoutHtml(body.raw).signature;
    return s ? body.raw.slice(s.start, s.end) : null;
  }
  return body.parsed.signature.text;
}

/** The words of the letter outside the quoted thread. */
function letterWords(m: Mailbox): string[] {
  const p = opened(m).parsed;
  return p.text.slice(0, p.quote ? p.quote.start : p.text.length).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function ownWordsOutside(m: Mailbox, range: { start: number; end: number } | null): string[] {
  return opened(m).parsed.words.filter((w) => !range || w.end <= range.start || w.start >= range.end).flatMap((w) => w.text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

function expectSubMultiset(part: string[], whole: string[]): void {
  const counts = new Map<string, number>();
  for (const w of whole) counts.set(w, (counts.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of part) {
    const n = counts.get(w) ?? 0;
    if (n === 0) lost.push(w);
    else counts.set(w, n - 1);
  }
  expect(lost).toEqual([]);
}

/** Greetings and closings of the own text (each a whole line, or a closing ending the paragraph). */
function countCourtesy(m: Mailbox): { greetings: number; closings: number } {
  const p = opened(m).parsed;
  const greetings = [...p.lines].filter((l) => l.text.trim() !== '' && parseGreeting(l.text) !== null).length;
  const closings = findClosings(p, p.lines.length).length;
  return { greetings, closings };
}

function addresses(m: Mailbox): string[] {
  const s = m.state();
  return [...s.to, ...s.cc, ...s.bcc].map((r) => r.emailAddress.toLowerCase()).sort();
}

/** Every address once; the Bcc fix may add the sender's own address to an emptied To. */
function withFill(people: string[], fix: Fix): string[] {
  const fill = fix.kind === 'moveToBcc' ? fix.toWhenEmpty?.address.toLowerCase() : undefined;
  return fill && !people.includes(fill) ? [...people, fill].sort() : people;
}

function snapshot(m: Mailbox): string {
  const s = m.state();
  return JSON.stringify([rawOf(m), s.subject, s.to, s.cc, s.bcc]);
}

async function findings(adapter: ReturnType<typeof setup>['adapter']): Promise<Finding[]> {
  return checkMessage(await adapter.read(), config).findings;
}

/** Applies a fix; a stale suggestion may be refused, and then nothing has changed. */
async function apply(adapter: ReturnType<typeof setup>['adapter'], m: Mailbox, fix: Fix): Promise<void> {
  const before = snapshot(m);
  try {
    await adapter.applyFix(fix, context);
  } catch (e) {
    expect(e).toBeInstanceOf(OfficeCallError);
    expect(snapshot(m)).toBe(before);
  }
}

/** A rule that reports each of several phrases: its count goes down rather than to zero. */
const PER_PHRASE = new Set(['plain-jargon', 'plain-imperative', 'sensitive-data']);

const fixed = (f: Finding) => f.fix!;
const rangeOf = (fix: Fix) => (fix.kind === 'replaceText' && fix.field === 'body' ? { start: fix.start, end: fix.end } : null);

describe('every offered fix, alone', () => {
  test('keeps the clerk\'s words, the quote and signature, applies once, and fixes what it names', async () => {
    await fc.assert(
      fc.asyncProperty(letter, async (l) => {
        const first = setup(l);
        const offered = (await findings(first.adapter)).filter((f) => f.fix);
        for (const finding of offered) {
          const { mailbox, adapter } = setup(l);
          const fix = fixed(finding);
          const words = ownWordsOutside(mailbox, rangeOf(fix));
          const quote = rawQuote(mailbox);
          const signature = rawSignature(mailbox);
          const people = addresses(mailbox);
          const sameRule = (fs: Finding[]) => fs.filter((f) => f.ruleId === finding.ruleId && f.messageId === finding.messageId);
          const before = sameRule(await findings(adapter)).length;

          await adapter.applyFix(fix, context);
          expectSubMultiset(words, letterWords(mailbox));
          expect(rawQuote(mailbox)).toBe(quote);
          if (fix.kind !== 'insertSignature') expect(rawSignature(mailbox)).toBe(signature);
          expect(addresses(mailbox)).toEqual(withFill(people, fix));
          const left = sameRule(await findings(adapter));
          // A rule reporting each phrase: that phrase, there, is gone (another may come into reach).
          if (PER_PHRASE.has(finding.ruleId)) expect(left.filter((f) => JSON.stringify(f.location) === JSON.stringify(finding.location) && f.fix?.kind === fix.kind && JSON.stringify(f.data) === JSON.stringify(finding.data))).toEqual([]);
          else expect(left).toEqual([]);
          expect(left.length).toBeLessThanOrEqual(before);
          const { greetings, closings } = countCourtesy(mailbox);
          expect(greetings).toBeLessThanOrEqual(1);
          expect(closings).toBeLessThanOrEqual(1);

          const once = snapshot(mailbox);
          await apply(adapter, mailbox, fix);
          expect(snapshot(mailbox)).toBe(once);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('every offered fix, in sequence', () => {
  test('fix after fix on the re-checked letter: nothing of the clerk\'s lost, one greeting, one closing', async () => {
    await fc.assert(
      fc.asyncProperty(letter, async (l) => {
        const { mailbox, adapter } = setup(l);
        const quote = rawQuote(mailbox);
        let people = addresses(mailbox);
        const words = ownWordsOutside(mailbox, null);
        for (let step = 0; step < 12; step++) {
          const next = (await findings(adapter)).find((f) => f.fix);
          if (!next) break;
          const fix = fixed(next);
          // The words a suggestion replaces are the ones allowed to go.
          if (fix.kind === 'replaceText') for (const w of fix.from.match(/[\p{L}\p{N}]+/gu) ?? []) words.splice(words.indexOf(w), words.includes(w) ? 1 : 0);
          people = withFill(people, fix);
          const before = snapshot(mailbox);
          await apply(adapter, mailbox, fix);
          if (snapshot(mailbox) === before) break; // refused as stale: the same finding would come again
        }
        expectSubMultiset(words, letterWords(mailbox));
        expect(rawQuote(mailbox)).toBe(quote);
        expect(addresses(mailbox)).toEqual(people);
        const { greetings, closings } = countCourtesy(mailbox);
        expect(greetings).toBeLessThanOrEqual(1);
        expect(closings).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('every template', () => {
  const ack = (m: Parameters<typeof acknowledgementTemplate>[2]) => acknowledgementTemplate('pl', { received: '2026-12-21', replyBy: '2027-01-21' }, m);
  const summons = (m: Parameters<typeof summonsTemplate>[2]) => summonsTemplate('pl', { hours: 'pon.–pt. 7:30–15:30', sender: profile }, m);

  test('alone and in sequence: below one greeting, one closing, nothing lost, inserted again it is there once', async () => {
    await fc.assert(
      fc.asyncProperty(letter, fc.array(fc.constantFrom('ack', 'summons'), { minLength: 1, maxLength: 4 }), async (l, order) => {
        const { mailbox, adapter } = setup(l);
        const words = ownWordsOutside(mailbox, null);
        const quote = rawQuote(mailbox);
        const signature = rawSignature(mailbox);
        for (const id of order) {
          await adapter.insertTemplate(id === 'ack' ? ack : summons);
          const once = snapshot(mailbox);
          await adapter.insertTemplate(id === 'ack' ? ack : summons);
          expect(snapshot(mailbox)).toBe(once);
        }
        expectSubMultiset(words, letterWords(mailbox));
        expect(rawQuote(mailbox)).toBe(quote);
        expect(rawSignature(mailbox)).toBe(signature);
        const own = opened(mailbox).parsed.ownText;
        for (const id of new Set(order)) expect(own.split(id === 'ack' ? 'potwierdzam otrzymanie' : 'Gdyby termin')).toHaveLength(2);
        const { greetings, closings } = countCourtesy(mailbox);
        expect(greetings).toBeLessThanOrEqual(1);
        expect(closings).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });
});
