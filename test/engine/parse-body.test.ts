import fc from 'fast-check';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';
import { isQuoteHeaderLine, quoteHeaderLines } from '../../src/engine/parse/quote';
import { Lines } from '../../src/engine/parse/lines';
import { hostileText } from '../fuzz/hostile';

const outlookReplyHtml = `<html><body><div>Szanowna Pani,</div><div>w załączniku przesyłam decyzję.</div>
<div>Z poważaniem</div>
<div id="etykieta-signature" class="etykieta-signature" data-variant="short"><p>Jan Nowak<br>Inspektor</p></div>
<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Anna Kowalska &lt;anna@wp.pl&gt;<br><b>Wysłane:</b> 1 marca 2026<br><b>Do:</b> <a href="mailto:urzad@gmina.example.pl">Urząd</a><br><b>Temat:</b> Wniosek</div>
<div>Dzień dobry, proszę o decyzję. PESEL 44051401359</div></body></html>`;

describe('parseBody', () => {
  test('splits an Outlook HTML reply into own text, our signature and the quoted thread', () => {
    const body = parseBody(createMessage({ bodyHtml: outlookReplyHtml, composeType: 'reply' }));
    expect(body.ownText.trim()).toBe('Szanowna Pani,\nw załączniku przesyłam decyzję.\nZ poważaniem');
    expect(body.signature).toMatchObject({ marked: true, variant: 'short' });
    expect(body.signature?.text.trim()).toBe('Jan Nowak\nInspektor');
    expect(body.quoteText).toContain('Od: Anna Kowalska <anna@wp.pl>');
    expect(body.quoteText).toContain('PESEL 44051401359');
    expect(body.threadAddresses.sort()).toEqual(['anna@wp.pl', 'urzad@gmina.example.pl']);
  });

  test.each([
    ['Dnia 12.03.2026 o 10:15 Jan Kowalski <jan@wp.pl> napisał(a):\n> Pytanie'],
    ['On Mon, 2 Mar 2026 at 10:00, John <john@example.com> wrote:\n> Question'],
    ['-----Original Message-----\nFrom: a@b.pl'],
    ['From: Anna <anna@wp.pl>\nSent: Monday\nTo: urzad@x.pl\nSubject: Wniosek'],
    ['Od: Anna <anna@wp.pl>\nData: 1 marca\nDo: urzad@x.pl'],
    ['> cytat\n> dalej'],
  ])('finds the quote in plain text: %s', (quote) => {
    const own = 'Dzień dobry,\nodpowiadam na pytanie.\n\n';
    const body = parseBody(createMessage({ bodyText: own + quote }));
    expect(body.ownText).toBe(own);
    expect(body.quoteText).toBe(quote);
  });

  test('recognises a typed signature by the sender name followed by contact lines', () => {
    const text = 'Dzień dobry,\ninformuję, że decyzja jest gotowa.\n\nZ poważaniem\nJan Nowak\nInspektor\nWydział Komunikacji\ntel. 77 123 45 67\n';
    const body = parseBody(createMessage({ bodyText: text, sender: { name: 'Jan Nowak' } }));
    expect(body.signature?.text.startsWith('Jan Nowak')).toBe(true);
    expect(body.signature?.marked).toBe(false);
    expect(body.ownText.trim().endsWith('Z poważaniem')).toBe(true);
  });

  test('sentences and words carry absolute offsets into the text', () => {
    const body = parseBody(createMessage({ bodyText: 'Szanowny Panie,\nprzesyłam pismo nr 12. Proszę o kontakt, np. tel. 123 456 789.' }));
    expect(body.sentences.map((s) => s.text)).toEqual(['Szanowny Panie,', 'przesyłam pismo nr 12.', 'Proszę o kontakt, np. tel. 123 456 789.']);
    for (const w of body.words) expect(body.text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('parseBody and our signature', () => {
  test('a signature field that reads like a quote header does not start the quoted thread', () => {
    const html = '<div>Dzień dobry,</div><div>informuję o terminie.</div><div id="etykieta-signature" class="etykieta-signature" data-variant="full"><p>Jan Nowak</p><p>-----Original Message-----</p><p>&gt; dział</p></div>';
    const body = parseBody(createMessage({ bodyHtml: html }));
    expect(body.quote).toBeNull();
    expect(body.signature).toMatchObject({ marked: true, variant: 'full' });
    expect(body.signature?.text).toContain('-----Original Message-----');
  });

  test('a real thread after such a signature is still found', () => {
    const html = '<div>Dzień dobry,</div><div id="etykieta-signature" class="etykieta-signature"><p>Jan Nowak</p><p>-----Original Message-----</p></div><div>Od: Anna &lt;anna@wp.pl&gt;</div><div>Wysłane: 1 marca</div><div>Treść</div>';
    const body = parseBody(createMessage({ bodyHtml: html }));
    expect(body.quoteText.startsWith('Od: Anna <anna@wp.pl>')).toBe(true);
    expect(body.signature?.text).toContain('Jan Nowak');
  });
});

describe('quote headers of a long thread', () => {
  test('quoteHeaderLines finds exactly the lines isQuoteHeaderLine accepts, looking only at lines with a colon', () => {
    const line = fc.oneof(hostileText, fc.constantFrom('Od: Anna <anna@wp.pl>', ' *From:* a@b.pl', 'Do: x@y.pl; z@w.pl', 'DW:', 'Cc: c@d.pl', 'Temat: x', 'Dnia 1.02.2026 Jan <j@k.pl> napisał(a):', 'On Mon, John wrote:', 'Reply-To: r@s.pl', 'Odpowiedź do: o@p.pl', '10:30', ':', ''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }).map((l) => l.join('\n')), fc.nat(30), (text, cut) => {
        const from = Math.min(cut, text.length);
        const expected = [...Lines.of(text, from, text.length)].map((l) => l.text).filter(isQuoteHeaderLine);
        expect(quoteHeaderLines(text, from, text.length)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
