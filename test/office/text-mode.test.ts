/**
 * Plain-text compose (issue 15.2, SPEC § 5): Outlook reports the body type `text`; the checks read
 * the text body, and the signature, fixes, templates and inserted sentences are written as text
 * (line breaks, no tags, the body's own CR LF), with every byte outside the edit kept.
 */
import { createComposeAdapter } from '../../src/office/compose-adapter';
import type { AsyncResultLike, Callback, CoercionOptions, ComposeItemLike, EmailAddressLike, MailboxLike } from '../../src/office/office-like';
import { memorySettings, PROFILE_KEY } from '../../src/office/settings';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { checkMessage } from '../../src/engine/runner';
import { buildSignature } from '../../src/engine/signature';
import { acknowledgementTemplate } from '../../src/engine/templates';
import type { FixContext } from '../../src/office/types';

const profile = { name: 'Anna Nowak', position: 'Inspektor', department: 'Referat Podatków', phone: '75 123 45 67' };
const context: FixContext = { config: { ...DEFAULT_CONFIG, organization: { name: 'Urząd Gminy Przykładowo', address: 'ul. Rynek 1, 00-001 Przykładowo', accounts: [] } }, profile, lang: 'pl' };

/** An Outlook item in plain-text mode. Any HTML write is a bug and fails the call loudly. */
function textItem(body: string, options: { signatureApi?: boolean; to?: EmailAddressLike[] } = {}) {
  const state = { body, subject: 'Wniosek', to: options.to ?? [{ displayName: 'Jan Kowalski', emailAddress: 'jan.kowalski@gmail.com' }], cc: [] as EmailAddressLike[], bcc: [] as EmailAddressLike[] };
  const writes: Array<{ operation: string; coercion?: string; data: string }> = [];
  const ok = <T>(cb: Callback<T> | undefined, value: T) => setTimeout(() => cb?.({ status: 'succeeded', value } as AsyncResultLike<T>), 0);
  const asText = (operation: string, data: string, opts: CoercionOptions | undefined) => {
    writes.push({ operation, coercion: opts?.coercionType, data });
    if (opts?.coercionType !== 'text') throw new Error(`${operation} wrote ${opts?.coercionType ?? 'no coercion'} into a plain-text body`);
  };
  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: (cb: Callback<EmailAddressLike[]>) => ok(cb, state[field].map((r) => ({ ...r }))),
    setAsync: (list: Array<EmailAddressLike | string>, cb: Callback<void>) => {
      state[field] = list.map((r) => (typeof r === 'string' ? { emailAddress: r } : r));
      ok(cb, undefined);
    },
  });
  const item: ComposeItemLike = {
    subject: { getAsync: (cb) => ok(cb, state.subject), setAsync: (s, cb) => ((state.subject = s), ok(cb, undefined)) },
    body: {
      getTypeAsync: (cb) => ok(cb, 'text'),
      getAsync: (coercion, cb) => {
        if (coercion !== 'text') throw new Error('the HTML of a plain-text body was read');
        ok(cb, state.body);
      },
      setAsync: (data, opts, cb) => {
        asText('body.setAsync', data, opts);
        state.body = data;
        ok(cb, undefined);
      },
      ...(options.signatureApi
        ? {
            setSignatureAsync: (data: string, opts: CoercionOptions, cb: Callback<void>) => {
              asText('body.setSignatureAsync', data, opts);
              state.body = `${state.body}\r\n${data}`;
              ok(cb, undefined);
            },
          }
        : {}),
    },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: (cb) => ok(cb, { displayName: 'Anna Nowak', emailAddress: 'anna.nowak@gmina.example.pl' }) },
    getComposeTypeAsync: (cb) => ok(cb, { composeType: 'reply', coercionType: 'text' }),
  };
  const settings = memorySettings();
  settings.set(PROFILE_KEY, profile);
  const mailbox: MailboxLike = { item };
  const adapter = createComposeAdapter(mailbox, settings, { timeoutMs: 200, pollMs: 10_000 });
  return { state, writes, adapter };
}

const QUOTE = '-----Original Message-----\r\nFrom: Jan Kowalski <jan.kowalski@gmail.com>\r\nSent: Monday, December 21, 2026 10:12 AM\r\nSubject: Wniosek\r\n\r\nWitam, proszę o zaświadczenie.\r\nJan';
const REPLY = `Witam\r\n\r\nzaświadczenie jest gotowe do odbioru w pokoju 12.\r\n\r\n${QUOTE}`;

describe('plain-text compose', () => {
  test('the check reads the text body', async () => {
    const { adapter } = textItem(REPLY);
    const message = await adapter.read();
    expect(message.bodyHtml).toBeUndefined();
    expect(message.bodyText).toBe(REPLY);
    const found = checkMessage(message, context.config).findings.map((f) => f.ruleId);
    expect(found).toEqual(expect.arrayContaining(['greeting-informal', 'closing-missing', 'signature-missing']));
  });

  test('greeting, closing and signature are text with the body\'s CR LF; the quote stays byte for byte', async () => {
    const { adapter, state, writes } = textItem(REPLY);
    for (const ruleId of ['greeting-informal', 'closing-missing', 'signature-missing']) {
      const fix = checkMessage(await adapter.read(), context.config).findings.find((f) => f.ruleId === ruleId)!.fix!;
      await adapter.applyFix(fix, context);
    }
    const signature = buildSignature(context.config, profile, 'short', 'pl').text.replace(/\n$/, '').replace(/\n/g, '\r\n');
    expect(state.body).toBe(`Szanowny Panie\r\n\r\nzaświadczenie jest gotowe do odbioru w pokoju 12.\r\n\r\nZ poważaniem\r\n\r\n${signature}\r\n\r\n${QUOTE}`);
    expect(writes.every((w) => w.coercion === 'text' && !/<\/?(div|br|p|span|strong|html|body)\b/i.test(w.data))).toBe(true);
    // Checked again: nothing of these three is left, and applying them again changes nothing.
    const again = checkMessage(await adapter.read(), context.config).findings.map((f) => f.ruleId);
    expect(again).not.toEqual(expect.arrayContaining(['greeting-informal']));
    expect(again).not.toContain('closing-missing');
    expect(again).not.toContain('signature-missing');
    const once = state.body;
    await adapter.applyFix({ kind: 'insertClosing', text: 'Z poważaniem' }, context);
    await adapter.applyFix({ kind: 'insertSignature', variant: 'short', replace: false }, context);
    expect(state.body).toBe(once);
  });

  test('with setSignatureAsync the signature goes through it, as text', async () => {
    const { adapter, writes } = textItem('Dzień dobry,\r\nzaświadczenie jest gotowe.\r\n\r\nZ poważaniem', { signatureApi: true });
    await adapter.applyFix({ kind: 'insertSignature', variant: 'full', replace: false }, context);
    expect(writes).toEqual([{ operation: 'body.setSignatureAsync', coercion: 'text', data: buildSignature(context.config, profile, 'full', 'pl').text }]);
  });

  test('a suggestion replaces the exact words, CR LF before it or not', async () => {
    const { adapter, state } = textItem('Dzień dobry,\r\nproszę uiścić opłatę.\r\n\r\nZ poważaniem');
    const message = await adapter.read();
    const start = message.bodyText!.replace(/\r\n/g, '\n').indexOf('uiścić');
    await adapter.applyFix({ kind: 'replaceText', field: 'body', start, end: start + 6, from: 'uiścić', to: 'zapłacić' }, context);
    expect(state.body).toBe('Dzień dobry,\r\nproszę zapłacić opłatę.\r\n\r\nZ poważaniem');
  });

  test('a template goes in as text below the greeting, a second insert replaces it', async () => {
    const { adapter, state } = textItem(`Szanowny Panie,\r\n\r\ndziękuję za wniosek.\r\n\r\n${QUOTE}`);
    await adapter.insertTemplate((m) => acknowledgementTemplate('pl', { received: '2026-12-21', replyBy: '2027-01-21' }, m));
    await adapter.insertTemplate((m) => acknowledgementTemplate('pl', { received: '2026-12-21', replyBy: '2027-01-22' }, m));
    expect(state.body).toBe(
      'Szanowny Panie,\r\n\r\npotwierdzam otrzymanie Pana wiadomości z dnia 21.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 22.01.2027 r.\r\n\r\n' +
        `dziękuję za wniosek.\r\n\r\nZ poważaniem\r\n${QUOTE}`,
    );
  });

  test('an inserted sentence is text at the end of the own text, above the quote', async () => {
    const { adapter, state } = textItem(`Szanowny Panie,\r\n\r\ndziękuję za wniosek.\r\n\r\n${QUOTE}`);
    expect(await adapter.insertSentence('Sprawę załatwimy najpóźniej do dnia 21.01.2027 r.')).toBe('end');
    expect(state.body).toBe(`Szanowny Panie,\r\n\r\ndziękuję za wniosek.\r\n\r\nSprawę załatwimy najpóźniej do dnia 21.01.2027 r.\r\n${QUOTE}`);
  });

  test('the Bcc fix works on a plain-text message and leaves the body alone', async () => {
    const citizens = ['jan.kowalski@gmail.com', 'ewa.z@wp.pl', 'piotr.w@o2.pl'].map((emailAddress) => ({ emailAddress }));
    const { adapter, state, writes } = textItem(REPLY, { to: citizens });
    const fix = checkMessage(await adapter.read(), context.config).findings.find((f) => f.ruleId === 'recipients-external-visible')!.fix!;
    await adapter.applyFix(fix, context);
    expect(state.to.map((r) => r.emailAddress)).toEqual(['anna.nowak@gmina.example.pl']);
    expect(state.bcc.map((r) => r.emailAddress)).toEqual(['jan.kowalski@gmail.com', 'ewa.z@wp.pl', 'piotr.w@o2.pl']);
    expect(writes).toEqual([]);
    expect(state.body).toBe(REPLY);
  });

  test('undo of "fix all" writes the text body back as text', async () => {
    const { adapter, state, writes } = textItem(REPLY);
    const before = await adapter.snapshot();
    await adapter.applyFix({ kind: 'insertClosing', text: 'Z poważaniem' }, context);
    const after = await adapter.snapshot();
    await adapter.restore(before, after);
    expect(state.body).toBe(REPLY);
    expect(writes.map((w) => w.coercion)).toEqual(['text', 'text']);
  });
});
