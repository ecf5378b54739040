/**
 * The preview mailbox's body format, as Office.js documents it: getTypeAsync, text coercion of
 * an HTML body, HTML refused by a plain-text body (InvalidFormatError, nothing changed), the
 * format switch keeping every word and line, and setSelectedDataAsync at the top without a caret.
 */
import { createPreviewMailbox, type PreviewMailbox } from '../../src/preview/mailbox';
import type { AsyncResultLike } from '../../src/office/office-like';

function run<T>(start: (cb: (r: AsyncResultLike<T>) => void) => void): Promise<AsyncResultLike<T>> {
  return new Promise((resolve) => start(resolve));
}

const html = '<html><head><meta charset="utf-8"></head><body><div>Szanowny Panie,</div><div><br></div><div>zaświadczenie &amp; decyzja są gotowe.</div><div><br></div><div>Z poważaniem</div></body></html>';
const text = 'Szanowny Panie,\n\nzaświadczenie & decyzja są gotowe.\n\nZ poważaniem';

const textMailbox = (bodyText = text): PreviewMailbox => createPreviewMailbox({ bodyType: 'text', bodyText, bodyHtml: '' }, { delayMs: 0 });

describe('body type', () => {
  test('an HTML body says html, a plain-text body says text; getComposeTypeAsync agrees', async () => {
    const htmlBox = createPreviewMailbox({ bodyHtml: html }, { delayMs: 0 });
    expect((await run<string>((cb) => htmlBox.item.body.getTypeAsync!(cb))).value).toBe('html');
    const textBox = textMailbox();
    expect((await run<string>((cb) => textBox.item.body.getTypeAsync!(cb))).value).toBe('text');
    expect((await run<{ composeType: string; coercionType?: string }>((cb) => textBox.item.getComposeTypeAsync!(cb))).value.coercionType).toBe('text');
  });

  test('an HTML body read as text keeps its lines (blocks become line breaks, entities decoded)', async () => {
    const box = createPreviewMailbox({ bodyHtml: html }, { delayMs: 0 });
    expect((await run<string>((cb) => box.item.body.getAsync('text', cb))).value).toBe(text);
  });

  test('a plain-text body read as HTML is escaped, one block per line', async () => {
    const box = textMailbox('a <b> & c\n\nZ poważaniem');
    const value = (await run<string>((cb) => box.item.body.getAsync('html', cb))).value;
    expect(value).toBe('<html><body><div>a &lt;b&gt; &amp; c</div><div><br></div><div>Z poważaniem</div></body></html>');
    expect((await run<string>((cb) => box.item.body.getAsync('text', cb))).value).toBe('a <b> & c\n\nZ poważaniem');
  });
});

describe('writing HTML into a plain-text body fails with InvalidFormatError and changes nothing', () => {
  const calls: Array<[string, (box: PreviewMailbox, cb: (r: AsyncResultLike<void>) => void) => void]> = [
    ['setAsync', (box, cb) => box.item.body.setAsync('<p>x</p>', { coercionType: 'html' }, cb)],
    ['prependAsync', (box, cb) => box.item.body.prependAsync!('<p>x</p>', { coercionType: 'html' }, cb)],
    ['setSelectedDataAsync', (box, cb) => box.item.body.setSelectedDataAsync!('<p>x</p>', { coercionType: 'html' }, cb)],
    ['setSignatureAsync', (box, cb) => box.item.body.setSignatureAsync!('<p>x</p>', { coercionType: 'html' }, cb)],
  ];
  test.each(calls)('%s', async (_name, call) => {
    const box = textMailbox();
    const result = await run<void>((cb) => call(box, cb));
    expect(result.status).toBe('failed');
    expect(result.error?.name).toBe('InvalidFormatError');
    expect(box.state().bodyText).toBe(text);
    expect(box.state().bodyHtml).toBe('');
  });
});

describe('writing text into a plain-text body', () => {
  test('setAsync and prependAsync take the text as it is', async () => {
    const box = textMailbox();
    await run<void>((cb) => box.item.body.setAsync('Dzień dobry,\n\n<b>nic</b>', { coercionType: 'text' }, cb));
    expect(box.state().bodyText).toBe('Dzień dobry,\n\n<b>nic</b>');
    await run<void>((cb) => box.item.body.prependAsync!('Pilne\n', { coercionType: 'text' }, cb));
    expect(box.state().bodyText).toBe('Pilne\nDzień dobry,\n\n<b>nic</b>');
  });

  test('setSelectedDataAsync goes to the caret, or to the top when there is none', async () => {
    const box = textMailbox('ab');
    await run<void>((cb) => box.item.body.setSelectedDataAsync!('X', { coercionType: 'text' }, cb));
    expect(box.state().bodyText).toBe('Xab');
    box.setCursor(2);
    await run<void>((cb) => box.item.body.setSelectedDataAsync!('Y', { coercionType: 'text' }, cb));
    expect(box.state().bodyText).toBe('XaYb');
  });

  test('setSignatureAsync puts the signature above a quoted thread, and a second one replaces the first', async () => {
    const reply = 'Dziękuję za wniosek.\n\n-----Original Message-----\nFrom: Jan Kowalski\nProszę o zaświadczenie.';
    const box = textMailbox(reply);
    await run<void>((cb) => box.item.body.setSignatureAsync!('Anna Nowak\nInspektor', { coercionType: 'text' }, cb));
    expect(box.state().bodyText).toBe('Dziękuję za wniosek.\n\nAnna Nowak\nInspektor\n\n-----Original Message-----\nFrom: Jan Kowalski\nProszę o zaświadczenie.');
    await run<void>((cb) => box.item.body.setSignatureAsync!('Anna Nowak\nStarszy inspektor', { coercionType: 'text' }, cb));
    expect(box.state().bodyText).toBe('Dziękuję za wniosek.\n\nAnna Nowak\nStarszy inspektor\n\n-----Original Message-----\nFrom: Jan Kowalski\nProszę o zaświadczenie.');
  });
});

describe('an HTML body without a caret', () => {
  test('setSelectedDataAsync inserts at the top of the body content, never after </html>', async () => {
    const box = createPreviewMailbox({ bodyHtml: '<html><body><div>ab</div></body></html>' }, { delayMs: 0 });
    await run<void>((cb) => box.item.body.setSelectedDataAsync!('X', { coercionType: 'text' }, cb));
    expect(box.state().bodyHtml).toBe('<html><body>X<div>ab</div></body></html>');
  });
});

describe('the format switch', () => {
  test('HTML to plain text keeps every word and line; back to HTML gives a block per line', () => {
    const box = createPreviewMailbox({ bodyHtml: html }, { delayMs: 0 });
    box.setBodyType('text');
    expect(box.state()).toMatchObject({ bodyType: 'text', bodyText: text, bodyHtml: '' });
    box.setBodyType('html');
    expect(box.state().bodyType).toBe('html');
    expect(box.state().bodyHtml).toBe('<html><body><div>Szanowny Panie,</div><div><br></div><div>zaświadczenie &amp; decyzja są gotowe.</div><div><br></div><div>Z poważaniem</div></body></html>');
  });

  test('switching tells the window (onChange) and is a no-op for the same format', () => {
    const box = createPreviewMailbox({ bodyHtml: html }, { delayMs: 0 });
    const seen: string[] = [];
    box.onChange((s) => seen.push(s.bodyType));
    box.setBodyType('html');
    box.setBodyType('text');
    expect(seen).toEqual(['text']);
  });
});
