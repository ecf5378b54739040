import { htmlToText } from '../../src/engine/parse/html';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';
import { addClosing, addGreeting, openBody } from '../../src/office/letter-edit';
import {
  escapeHtml,
  layoutHtml,
  placeSignature,
  replaceTextRange,
  textToHtml,
} from '../../src/office/html-edit';

const SIG = (name: string) => `<div id="etykieta-signature" class="etykieta-signature" data-variant="full"><p>${name}</p></div>`;

/** An Outlook on the web reply: own text, appendonsend marker, separator, divRplyFwdMsg header, quoted body. */
const OUTLOOK_REPLY =
  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>' +
  '<body><div class="elementToProof" style="font-family:Aptos">Dziękuję za wniosek &amp; dokumenty.</div>' +
  '<div><br></div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>Od:</b> Jan Kowalski &lt;jan@gmail.com&gt;<br><b>Wysłane:</b> 20 listopada 2026<br><b>Temat:</b> Wniosek</div>' +
  '<div>Dzień dobry, w załączniku wniosek.</div></body></html>';

const text = (html: string) => parseBody(createMessage({ bodyHtml: html }));

describe('layoutHtml', () => {
  const samples = [
    OUTLOOK_REPLY,
    '<p>a &amp; b&nbsp;c</p><br><img src=x><div id="x">t</div>',
    '<html><body><p class=MsoNormal>Szanowna   Pani,<o:p></o:p></p><p>  tekst \n z  nową linią </p><ul><li>jeden</li><li>dwa</li></ul></body></html>',
    'plain text only, no tags',
    '<div>unclosed <b>bold <i>italic</div> tail',
  ];
  it.each(samples)('builds the same text as the engine for %#', (html) => {
    expect(layoutHtml(html).text).toBe(htmlToText(html).text);
  });

  it('finds body content bounds, the quote marker and our signature', () => {
    const html = `<html><body><div>Treść</div>${SIG('Anna')}<div id="appendonsend"></div></body></html>`;
    const l = layoutHtml(html);
    expect(html.slice(0, l.contentStart)).toBe('<html><body>');
    expect(html.slice(l.contentEnd)).toBe('</body></html>');
    expect(html.slice(l.signature!.start, l.signature!.end)).toBe(SIG('Anna'));
    expect(html.slice(l.quoteMarker!.start)).toMatch(/^<div id="appendonsend">/);
  });
});

describe('escapeHtml / textToHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });
  it('turns lines into blocks and keeps empty lines visible', () => {
    expect(textToHtml('Szanowna Pani,\n\n<b>x</b>')).toBe('<div>Szanowna Pani,</div><div><br></div><div>&lt;b&gt;x&lt;/b&gt;</div>');
  });
});

describe('placeSignature', () => {
  it('inserts before the reply marker, not inside the quote, and is idempotent', () => {
    const once = placeSignature(OUTLOOK_REPLY, SIG('Anna'));
    const twice = placeSignature(once, SIG('Anna'));
    expect(twice).toBe(once);
    const body = text(once);
    expect(body.signature?.marked).toBe(true);
    expect(body.quote).not.toBeNull();
    expect(body.signature!.end).toBeLessThanOrEqual(body.quote!.start);
    expect(once.indexOf('etykieta-signature')).toBeLessThan(once.indexOf('appendonsend'));
    // Every byte of the original is kept.
    expect(once.replace(`<div><br></div>${SIG('Anna')}`, '')).toBe(OUTLOOK_REPLY);
  });

  it('replaces the marked block in place, keeping every other byte', () => {
    const html = `<html><body><div>Treść &nbsp; <i>ważna</i></div>${SIG('Stara')}<div id="appendonsend"></div><div>cytat</div></body></html>`;
    expect(placeSignature(html, SIG('Nowa'))).toBe(html.replace(SIG('Stara'), SIG('Nowa')));
  });

  it('appends at the end of the body content when there is no quote', () => {
    const html = '<html><body><div>Treść</div></body></html>';
    expect(placeSignature(html, SIG('A'))).toBe(`<html><body><div>Treść</div><div><br></div>${SIG('A')}</body></html>`);
  });

  it('inserts before a text-only quote header (Outlook desktop), at the block that holds it', () => {
    const html =
      '<html><body><div class=WordSection1><p>Odpowiedź.</p><div><div style="border-top:solid 1pt"><p><b>From:</b> Jan &lt;jan@gmail.com&gt;<br><b>Sent:</b> Monday<br><b>Subject:</b> X</p></div></div><p>Stary tekst</p></div></body></html>';
    const parsed = text(html);
    const out = placeSignature(html, SIG('A'), parsed.quote!.start);
    expect(out).toBe(html.replace('<div><div style=', `<div><br></div>${SIG('A')}<div><div style=`));
    const after = text(out);
    expect(after.signature?.marked).toBe(true);
    expect(after.quoteText).toContain('Stary tekst');
  });

  it('replaces a signature block left unclosed at the end', () => {
    const html = '<div>a</div><div id="etykieta-signature"><p>Old';
    const out = placeSignature(html, SIG('New'));
    expect(out).toBe(`<div>a</div>${SIG('New')}`);
  });
});

describe('addGreeting (letter-edit on HTML)', () => {
  const greet = (html: string, g: string) => addGreeting(openBody('html', html), g);
  it('puts the greeting first in the body, followed by an empty line', () => {
    const out = greet(OUTLOOK_REPLY, 'Szanowny Panie,');
    expect(out.indexOf('<div>Szanowny Panie,</div><div><br></div><div class="elementToProof"')).toBe(out.indexOf('<body>') + 6);
    expect(text(out).ownText.startsWith('Szanowny Panie,\n\nDziękuję')).toBe(true);
  });
  it('works on a fragment without <body>', () => {
    expect(greet('<p>x</p>', 'Dzień dobry,')).toBe('<div>Dzień dobry,</div><div><br></div><p>x</p>');
  });
  it('escapes the text', () => {
    expect(greet('', '<script>')).toBe('<div>&lt;script&gt;</div><div><br></div>');
  });
  it('adds nothing to a letter that opens with a greeting', () => {
    expect(greet('<p>Dzień dobry,</p><p>x</p>', 'Szanowny Panie,')).toBe('<p>Dzień dobry,</p><p>x</p>');
  });
});

describe('addClosing (letter-edit on HTML)', () => {
  const close = (html: string, c = 'Z poważaniem', sender?: { name: string }) => addClosing(openBody('html', html, { sender }), c);
  it('goes just before our signature, an empty line after the text', () => {
    const html = `<html><body><div>Treść</div>${SIG('A')}<div id="appendonsend"></div><div>Od: x</div></body></html>`;
    expect(close(html)).toBe(html.replace(SIG('A'), `<div><br></div><div>Z poważaniem</div>${SIG('A')}`));
  });
  it('goes before the quote when there is no signature, never inside it', () => {
    const out = close(OUTLOOK_REPLY);
    expect(out).toBe(OUTLOOK_REPLY.replace('<div id="appendonsend">', '<div>Z poważaniem</div><div id="appendonsend">'));
    const after = text(out);
    expect(after.ownText).toContain('Z poważaniem');
    expect(after.quoteText).not.toContain('Z poważaniem');
  });
  it('goes before a typed signature', () => {
    const html = '<html><body><p>Proszę o dokumenty.</p><p>Anna Nowak<br>Inspektor<br>tel. 75 123 45 67</p></body></html>';
    const parsed = parseBody(createMessage({ bodyHtml: html, sender: { name: 'Anna Nowak' } }));
    expect(parsed.signature).not.toBeNull();
    expect(close(html, 'Z poważaniem', { name: 'Anna Nowak' })).toBe(html.replace('<p>Anna Nowak', '<div><br></div><div>Z poważaniem</div><p>Anna Nowak'));
  });
  it('goes at the end of the body content otherwise', () => {
    const html = '<html><body><p>Treść</p></body></html>';
    expect(close(html, 'Pozdrawiam')).toBe('<html><body><p>Treść</p><div><br></div><div>Pozdrawiam</div></body></html>');
  });
  it('adds nothing where the letter closes, on its own line or ending the paragraph', () => {
    for (const html of ['<p>Treść.</p><p>Pozdrawiam serdecznie,</p>', '<p>Treść w pokoju 12. Z wyrazami szacunku.</p>']) expect(close(html)).toBe(html);
  });
});

describe('replaceTextRange', () => {
  it('replaces exactly the reported range, entities and spacing included', () => {
    const html = '<p>Proszę   uiścić opłatę &amp; uiścić ją szybko.</p><div id="appendonsend"></div><p>uiścić</p>';
    const t = layoutHtml(html).text;
    const start = t.indexOf('uiścić', t.indexOf('&') );
    const out = replaceTextRange(html, start, start + 6, 'uiścić', 'zapłacić');
    expect(out).toEqual({ ok: true, html: html.replace('&amp; uiścić', '&amp; zapłacić') });
  });
  it('escapes the replacement', () => {
    const html = '<p>Witam Pana</p>';
    expect(replaceTextRange(html, 0, 5, 'Witam', '<b>Dzień dobry</b>')).toEqual({ ok: true, html: '<p>&lt;b&gt;Dzień dobry&lt;/b&gt; Pana</p>' });
  });
  it('maps a range across collapsed white space and &nbsp;', () => {
    const html = '<p>w&nbsp;dniu\n   dzisiejszym wysyłam</p>';
    const t = layoutHtml(html).text;
    expect(t.startsWith('w dniu dzisiejszym')).toBe(true);
    const out = replaceTextRange(html, 0, 18, 'w dniu dzisiejszym', 'dziś');
    expect(out).toEqual({ ok: true, html: '<p>dziś wysyłam</p>' });
  });
  it('refuses when the text there changed', () => {
    expect(replaceTextRange('<p>Hej</p>', 0, 3, 'Cześć', 'Dzień dobry')).toEqual({ ok: false, reason: 'stale' });
  });
  it('refuses when formatting splits the phrase', () => {
    expect(replaceTextRange('<p>tutejszy <b>organ</b></p>', 0, 14, 'tutejszy organ', 'urząd')).toEqual({ ok: false, reason: 'split' });
  });
});
