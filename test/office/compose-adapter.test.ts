import { createComposeAdapter, RECIPIENTS_PER_CALL } from '../../src/office/compose-adapter';
import { OfficeCallError, type FixContext } from '../../src/office/types';
import { PROFILE_KEY } from '../../src/office/settings';
import { createPreviewMailbox, type FaultMode, type PreviewState } from '../../src/preview/mailbox';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';
import type { Fix } from '../../src/engine/types';
import { acknowledgementTemplate } from '../../src/engine/templates';
import { checkMessage } from '../../src/engine/runner';

const context: FixContext = {
  config: { ...DEFAULT_CONFIG, organization: { name: 'Urząd Gminy Przykładowo', address: 'ul. Rynek 1, 00-001 Przykładowo', accounts: [] } },
  profile: { name: 'Anna Nowak', position: 'Inspektor', department: 'Referat Podatków', phone: '75 123 45 67' },
  lang: 'pl',
};

const REPLY_HTML =
  '<html><head><style>p{margin:0}</style></head><body><div>Dziękuję za wniosek &amp; dokumenty. Proszę uiścić opłatę.</div>' +
  '<div><br></div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>Od:</b> Jan Kowalski &lt;jan@gmail.com&gt;<br><b>Wysłane:</b> 20 listopada 2026<br><b>Temat:</b> Wniosek</div>' +
  '<div>Dzień dobry, przesyłam wniosek.</div></body></html>';

function setup(state: Partial<PreviewState> = {}, signatureApi = true) {
  const mailbox = createPreviewMailbox({ bodyHtml: REPLY_HTML, subject: 'RE: Wniosek', composeType: 'reply', ...state }, { delayMs: 1, signatureApi });
  const adapter = createComposeAdapter(mailbox, mailbox.roamingSettings, { timeoutMs: 60, pollMs: 20, context: { displayLanguage: 'en-GB' } });
  return { mailbox, adapter };
}

const parsed = (html: string) => parseBody(createMessage({ bodyHtml: html }));
const count = (s: string, what: string) => s.split(what).length - 1;

describe('read', () => {
  it('reads the item and the stored profile in one go', async () => {
    const { mailbox, adapter } = setup({ to: [{ displayName: 'Jan Kowalski', emailAddress: 'jan@gmail.com' }], attachments: [{ name: 'wniosek.pdf', size: 1000, isInline: false }] });
    mailbox.roamingSettings.set(PROFILE_KEY, { name: 'Anna Nowak', position: 'Inspektor', evil: 1 });
    const m = await adapter.read();
    expect(m.to).toEqual([{ name: 'Jan Kowalski', address: 'jan@gmail.com' }]);
    expect(m.composeType).toBe('reply');
    expect(m.subject).toBe('RE: Wniosek');
    expect(m.attachments).toEqual([{ name: 'wniosek.pdf', size: 1000, isInline: false }]);
    expect(m.sender).toEqual({ name: 'Anna Nowak', position: 'Inspektor' });
    expect(adapter.displayLanguage()).toBe('en-GB');
  });
});

describe('insertSignature', () => {
  const fix: Fix = { kind: 'insertSignature', variant: 'short', replace: false };
  it('uses setSignatureAsync when present, before the quote, and never twice', async () => {
    const { mailbox, adapter } = setup();
    await adapter.applyFix(fix, context);
    await adapter.applyFix({ ...fix, replace: true }, context);
    const html = mailbox.state().bodyHtml;
    expect(mailbox.calls['body.setSignatureAsync']).toBe(1);
    expect(count(html, 'id="etykieta-signature"')).toBe(1);
    const body = parsed(html);
    expect(body.signature?.marked).toBe(true);
    expect(body.signature!.text).toContain('Anna Nowak');
    expect(body.ownText).toContain('Dziękuję za wniosek & dokumenty.');
    expect(body.quoteText).toContain('Dzień dobry, przesyłam wniosek.');
  });

  it('without setSignatureAsync writes the body, replacing its own block in place', async () => {
    const { mailbox, adapter } = setup({}, false);
    await adapter.applyFix(fix, context);
    const first = mailbox.state().bodyHtml;
    await adapter.applyFix({ kind: 'insertSignature', variant: 'full', replace: true }, context);
    const second = mailbox.state().bodyHtml;
    expect(count(second, 'id="etykieta-signature"')).toBe(1);
    expect(second).toContain('data-variant="full"');
    // Everything outside the signature block is byte-for-byte the same.
    const outside = (h: string) => h.replace(/<div id="etykieta-signature"[\s\S]*?<\/div>(?=<div id="appendonsend">)/, '');
    expect(outside(second)).toBe(outside(first));
    expect(outside(first)).toBe(REPLY_HTML.replace('<div id="appendonsend">', '<div><br></div><div id="appendonsend">'));
  });

  it('sent from a shared mailbox of the policy, writes that mailbox\'s variant', async () => {
    const { mailbox, adapter } = setup({ from: { displayName: 'Sekretariat', emailAddress: 'sekretariat@przykladowo.example.pl' } });
    const mailboxes = { 'sekretariat@przykladowo.example.pl': { department: 'Sekretariat Burmistrza', phone: '75 000 11 22' } };
    await adapter.applyFix(fix, { ...context, config: { ...context.config, mailboxes } });
    const text = parsed(mailbox.state().bodyHtml).signature?.text ?? '';
    expect(text).toContain('Anna Nowak');
    expect(text).toContain('Sekretariat Burmistrza');
    expect(text).toContain('75 000 11 22');
    expect(text).not.toContain('Referat Podatków');
  });

  it('escapes the clerk\'s fields', async () => {
    const { mailbox, adapter } = setup({}, false);
    await adapter.applyFix(fix, { ...context, profile: { ...context.profile, name: '<img src=x onerror=alert(1)>' } });
    expect(mailbox.state().bodyHtml).not.toContain('<img');
    expect(mailbox.state().bodyHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('greeting, closing, text', () => {
  it('inserts the greeting at the top of the own text', async () => {
    const { mailbox, adapter } = setup();
    await adapter.applyFix({ kind: 'insertGreeting', text: 'Szanowny Panie,' }, context);
    expect(parsed(mailbox.state().bodyHtml).ownText).toMatch(/^Szanowny Panie,\n\nDziękuję/);
  });
  it('inserts the closing before the signature and outside the quote', async () => {
    const { mailbox, adapter } = setup({}, false);
    await adapter.applyFix({ kind: 'insertSignature', variant: 'short', replace: false }, context);
    await adapter.applyFix({ kind: 'insertClosing', text: 'Z poważaniem' }, context);
    const body = parsed(mailbox.state().bodyHtml);
    expect(body.ownText.trimEnd().endsWith('Z poważaniem')).toBe(true);
    expect(body.signature?.marked).toBe(true);
    expect(body.quoteText).not.toContain('Z poważaniem');
  });
});

describe('issue 14.5: an inserted sentence stays in the own text', () => {
  const SENTENCE = 'Sprawę załatwimy najpóźniej do dnia 21.01.2027 r.';
  const LETTER = '<html><body><div>Szanowny Panie,</div><div><br></div><div>dziękuję za wniosek.</div><div><br></div><div>Z poważaniem</div></body></html>';
  it('with no caret in the body: above the closing, never after </html>', async () => {
    const { mailbox, adapter } = setup({ bodyHtml: LETTER });
    expect(await adapter.insertSentence(SENTENCE)).toBe('end');
    expect(mailbox.state().bodyHtml).toBe(
      `<html><body><div>Szanowny Panie,</div><div><br></div><div>dziękuję za wniosek.</div><div><br></div><div>${SENTENCE}</div><div><br></div><div>Z poważaniem</div></body></html>`,
    );
    expect(mailbox.calls['body.setSelectedDataAsync']).toBeUndefined();
  });
  it('on a reply without a closing: at the end of the own text, above the quoted thread', async () => {
    const { mailbox, adapter } = setup();
    expect(await adapter.insertSentence(SENTENCE)).toBe('end');
    const body = parsed(mailbox.state().bodyHtml);
    expect(body.ownText).toBe(`Dziękuję za wniosek & dokumenty. Proszę uiścić opłatę.\n\n${SENTENCE}\n`);
    expect(body.quoteText).toBe(parsed(REPLY_HTML).quoteText);
  });
  it('at the caret when the caret is in the own text', async () => {
    const { mailbox, adapter } = setup({ bodyHtml: '<html><body><div>Szanowny Panie,</div><div>ab</div></body></html>' });
    mailbox.setCursor(mailbox.state().bodyHtml.indexOf('ab') + 1);
    expect(await adapter.insertSentence('<x> & y')).toBe('caret');
    expect(mailbox.state().bodyHtml).toBe('<html><body><div>Szanowny Panie,</div><div>a&lt;x&gt; &amp; yb</div></body></html>');
  });
  it('a caret in the quoted thread: the body as it was, with the sentence at the end of the own text', async () => {
    const { mailbox, adapter } = setup();
    mailbox.setCursor(REPLY_HTML.indexOf('przesyłam wniosek'));
    expect(await adapter.insertSentence(SENTENCE)).toBe('end');
    const body = parsed(mailbox.state().bodyHtml);
    expect(body.quoteText).toBe(parsed(REPLY_HTML).quoteText);
    expect(body.ownText).toContain(SENTENCE);
    expect(mailbox.state().bodyHtml.split(SENTENCE)).toHaveLength(2);
  });
  it('Outlook says "body" but inserts at the top (caret never there): moved below the greeting', async () => {
    const { mailbox, adapter } = setup({ bodyHtml: LETTER });
    mailbox.item.getSelectedDataAsync = (_c, cb) => setTimeout(() => cb({ status: 'succeeded', value: { data: '', sourceProperty: 'body' } }), 1);
    expect(await adapter.insertSentence(SENTENCE)).toBe('end');
    const text = parsed(mailbox.state().bodyHtml).ownText;
    expect(text).toBe(`Szanowny Panie,\n\ndziękuję za wniosek.\n\n${SENTENCE}\n\nZ poważaniem\n`);
  });
  it('a selection is never overwritten', async () => {
    const { mailbox, adapter } = setup({ bodyHtml: LETTER });
    mailbox.item.getSelectedDataAsync = (_c, cb) => setTimeout(() => cb({ status: 'succeeded', value: { data: 'wniosek', sourceProperty: 'body' } }), 1);
    expect(await adapter.insertSentence(SENTENCE)).toBe('end');
    expect(parsed(mailbox.state().bodyHtml).ownText).toContain('dziękuję za wniosek.');
    expect(mailbox.calls['body.setSelectedDataAsync']).toBeUndefined();
  });
});

describe('replaceText', () => {
  it('replaces the reported occurrence in the body', async () => {
    const { mailbox, adapter } = setup();
    const text = parsed(REPLY_HTML).text;
    const start = text.indexOf('uiścić');
    await adapter.applyFix({ kind: 'replaceText', field: 'body', start, end: start + 6, from: 'uiścić', to: 'zapłacić' }, context);
    expect(mailbox.state().bodyHtml).toBe(REPLY_HTML.replace('uiścić', 'zapłacić'));
  });
  it('rejects and changes nothing when the text is not there any more', async () => {
    const { mailbox, adapter } = setup();
    const fix: Fix = { kind: 'replaceText', field: 'body', start: 0, end: 5, from: 'Witam', to: 'Dzień dobry' };
    await expect(adapter.applyFix(fix, context)).rejects.toMatchObject({ name: 'OfficeCallError', operation: 'replaceText', code: 'stale' });
    expect(mailbox.state().bodyHtml).toBe(REPLY_HTML);
    expect(mailbox.calls['body.setAsync']).toBeUndefined();
  });
  it('replaces in the subject', async () => {
    const { mailbox, adapter } = setup({ subject: 'Pilne: tutejszy organ' });
    await adapter.applyFix({ kind: 'replaceText', field: 'subject', start: 7, end: 21, from: 'tutejszy organ', to: 'urząd' }, context);
    expect(mailbox.state().subject).toBe('Pilne: urząd');
  });
});

describe('subject', () => {
  it('sets the subject', async () => {
    const { mailbox, adapter } = setup();
    await adapter.applyFix({ kind: 'setSubject', text: 'Wniosek – znak OR.1234.5.2026' }, context);
    expect(mailbox.state().subject).toBe('Wniosek – znak OR.1234.5.2026');
  });
});

describe('moveToBcc', () => {
  const ext = (n: number) => ({ displayName: `Osoba ${n}`, emailAddress: `osoba${n}@gmail.com` });
  it('moves the named externals to Bcc, keeping every address once and the names', async () => {
    const { mailbox, adapter } = setup({ to: [ext(1), ext(2), { displayName: 'Kolega', emailAddress: 'kolega@gmina.example.pl' }], cc: [ext(3)], bcc: [ext(4)] });
    await adapter.applyFix({ kind: 'moveToBcc', addresses: ['osoba2@gmail.com', 'osoba3@gmail.com'] }, context);
    const s = mailbox.state();
    const all = [...s.to, ...s.cc, ...s.bcc].map((r) => r.emailAddress).sort();
    expect(all).toEqual(['kolega@gmina.example.pl', 'osoba1@gmail.com', 'osoba2@gmail.com', 'osoba3@gmail.com', 'osoba4@gmail.com']);
    expect(s.to.map((r) => r.emailAddress)).toEqual(['osoba1@gmail.com', 'kolega@gmina.example.pl']);
    expect(s.cc).toEqual([]);
    expect(s.bcc.map((r) => r.emailAddress).sort()).toEqual(['osoba2@gmail.com', 'osoba3@gmail.com', 'osoba4@gmail.com']);
    expect(s.bcc.find((r) => r.emailAddress === 'osoba2@gmail.com')?.displayName).toBe('Osoba 2');
  });
  it('issue 15.4: reads a distribution list as one, and the fix moves it to Bcc still a list', async () => {
    const list = { displayName: 'Sołtysi Gminy', emailAddress: 'soltysi@gmina.example.pl', recipientType: 'distributionList' };
    const { mailbox, adapter } = setup({ to: [list, ext(1)] });
    const message = await adapter.read();
    expect(message.to[0]).toEqual({ name: 'Sołtysi Gminy', address: 'soltysi@gmina.example.pl', isList: true });
    const finding = checkMessage({ ...message, from: { address: 'anna.nowak@gmina.example.pl' } }, context.config).findings.find((f) => f.ruleId === 'recipients-external-visible');
    expect(finding?.messageId).toBe('recipients-external-visible/list');
    await adapter.applyFix(finding!.fix!, context);
    expect(mailbox.state().bcc).toEqual([list, { displayName: 'Osoba 1', emailAddress: 'osoba1@gmail.com' }]);
    expect(mailbox.state().to.map((r) => r.emailAddress)).not.toContain('soltysi@gmina.example.pl');
  });
  it('sends more than 100 recipients in chunks of at most 100', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ext(i));
    const { mailbox, adapter } = setup({ to: many });
    await adapter.applyFix({ kind: 'moveToBcc', addresses: many.slice(1).map((r) => r.emailAddress) }, context);
    expect(mailbox.state().bcc).toHaveLength(249);
    expect(mailbox.state().to).toHaveLength(1);
    expect(mailbox.calls['bcc.setAsync']).toBe(1);
    expect(mailbox.calls['bcc.addAsync']).toBe(Math.ceil(249 / RECIPIENTS_PER_CALL) - 1);
  });
});

describe('profile and subscribe', () => {
  it('saves and loads the profile in roamingSettings', async () => {
    const { mailbox, adapter } = setup();
    await adapter.saveProfile({ name: 'Anna', phone: '123', room: '' });
    expect(mailbox.roamingSettings.get(PROFILE_KEY)).toEqual({ name: 'Anna', phone: '123' });
    expect(await adapter.loadProfile()).toEqual({ name: 'Anna', phone: '123' });
  });
  it('reports recipient events and body edits, and stops after unsubscribe', async () => {
    const { mailbox, adapter } = setup();
    const onChange = jest.fn();
    const off = adapter.subscribe(onChange);
    await new Promise((r) => setTimeout(r, 40));
    mailbox.edit({ to: [{ displayName: 'a', emailAddress: 'a@b.pl' }] });
    await new Promise((r) => setTimeout(r, 30));
    expect(onChange).toHaveBeenCalled();
    onChange.mockClear();
    mailbox.edit({ bodyHtml: '<p>nowa treść</p>' });
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).toHaveBeenCalled();
    onChange.mockClear();
    // Another mailbox chosen in From: the message is now checked as that sender.
    mailbox.edit({ from: { displayName: 'Sekretariat', emailAddress: 'sekretariat@przykladowo.example.pl' } });
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).toHaveBeenCalled();
    off();
    onChange.mockClear();
    mailbox.edit({ bodyHtml: '<p>jeszcze inna</p>', to: [] });
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('faults: every call fails cleanly and the message is unchanged', () => {
  const modes: FaultMode[] = ['fail', 'throw', 'hang', 'twice'];
  const cases: Array<[string, Fix | 'insertSentence' | 'insertTemplate' | 'saveProfile', boolean?]> = [
    ['body.getAsync', { kind: 'insertGreeting', text: 'Dzień dobry,' }],
    ['body.setAsync', { kind: 'insertGreeting', text: 'Dzień dobry,' }],
    ['body.setAsync', { kind: 'insertClosing', text: 'Z poważaniem' }],
    ['body.setAsync', { kind: 'insertSignature', variant: 'full', replace: false }, false],
    ['body.setSignatureAsync', { kind: 'insertSignature', variant: 'full', replace: false }],
    ['body.setAsync', { kind: 'replaceText', field: 'body', start: 0, end: 8, from: 'Dziękuję', to: 'Dzięki' }],
    ['bcc.setAsync', { kind: 'moveToBcc', addresses: ['b@gmail.com'] }],
    ['to.getAsync', { kind: 'moveToBcc', addresses: ['b@gmail.com'] }],
    ['subject.setAsync', { kind: 'setSubject', text: 'Nowy' }],
    ['body.setAsync', 'insertSentence'],
    ['body.getAsync', 'insertSentence'],
    ['body.setAsync', 'insertTemplate'],
    ['body.getTypeAsync', 'insertTemplate'],
    ['roamingSettings.saveAsync', 'saveProfile'],
  ];
  for (const [operation, action, signatureApi] of cases) {
    for (const mode of modes) {
      const label = typeof action === 'string' ? action : action.kind;
      it(`${label}: ${operation} ${mode}`, async () => {
        const { mailbox, adapter } = setup({ to: [{ displayName: 'a', emailAddress: 'a@gmail.com' }, { displayName: 'b', emailAddress: 'b@gmail.com' }] }, signatureApi ?? true);
        const before = mailbox.state();
        mailbox.faults[operation] = mode;
        const run =
          action === 'insertSentence'
            ? adapter.insertSentence('x')
            : action === 'insertTemplate'
              ? adapter.insertTemplate((m) => acknowledgementTemplate('pl', { received: '2026-12-21' }, m))
              : action === 'saveProfile'
                ? adapter.saveProfile({ name: 'A' })
                : adapter.applyFix(action, context);
        const error = await run.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(OfficeCallError);
        expect((error as OfficeCallError).operation).toBe(operation);
        expect((error as OfficeCallError).message).toContain(operation);
        expect(mailbox.state().bodyHtml).toBe(before.bodyHtml);
        expect(mailbox.state().subject).toBe(before.subject);
        expect(mailbox.state().to).toEqual(before.to);
        expect(mailbox.state().bcc).toEqual(before.bcc);
      });
    }
  }

  it('read rejects naming the failed call', async () => {
    const { mailbox, adapter } = setup();
    mailbox.faults['cc.getAsync'] = 'fail';
    await expect(adapter.read()).rejects.toMatchObject({ operation: 'cc.getAsync' });
  });

  it('rejects when no item is being composed', async () => {
    const adapter = createComposeAdapter({ item: null });
    await expect(adapter.applyFix({ kind: 'setSubject', text: 'x' }, context)).rejects.toMatchObject({ operation: 'mailbox.item' });
  });
});
