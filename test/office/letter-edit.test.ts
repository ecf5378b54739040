/**
 * Every write into the letter, as a table of letters and the exact text that results (issue 14,
 * SPEC § 9), through the real adapter against the preview's Office-like mailbox: the engine checks,
 * the offered fix or template is applied, and the engine reads the result again.
 */
import { createComposeAdapter } from '../../src/office/compose-adapter';
import { createPreviewMailbox, type PreviewState } from '../../src/preview/mailbox';
import { checkMessage } from '../../src/engine/runner';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';
import { acknowledgementTemplate, summonsTemplate } from '../../src/engine/templates';
import { decideSend } from '../../src/launchevent/send-decision';
import type { FixContext } from '../../src/office/types';

const clerk = { displayName: 'Anna Nowak', emailAddress: 'anna.nowak@gmina.example.pl' };
const jan = { displayName: 'Jan Kowalski', emailAddress: 'jan.kowalski@gmail.com' };
const kasia = { displayName: 'Katarzyna Mazur', emailAddress: 'k.mazur@interia.pl' };
const profile = { name: 'Anna Nowak', position: 'Inspektor', department: 'Referat Spraw Obywatelskich', phone: '75 123 45 67', room: '12' };
const context: FixContext = { config: { ...DEFAULT_CONFIG, organization: { name: 'Urząd Gminy Przykładowo', address: 'ul. Rynek 1, 00-001 Przykładowo', accounts: [] } }, profile, lang: 'pl' };

function setup(state: Partial<PreviewState>) {
  const mailbox = createPreviewMailbox({ from: clerk, ...state }, { delayMs: 0 });
  mailbox.roamingSettings.set('etykieta.profile', profile);
  const adapter = createComposeAdapter(mailbox, mailbox.roamingSettings, { timeoutMs: 200, pollMs: 10_000 });
  const check = async () => checkMessage(await adapter.read(), context.config);
  const own = () => parseBody(createMessage({ bodyHtml: mailbox.state().bodyHtml, sender: profile })).ownText;
  const fixOf = async (ruleId: string) => {
    const f = (await check()).findings.find((x) => x.ruleId === ruleId);
    if (!f?.fix) throw new Error(`no fix of ${ruleId}`);
    return f.fix;
  };
  return { mailbox, adapter, check, own, fixOf };
}

const html = (...lines: string[]) => `<html><body>${lines.map((l) => (l === '' ? '<div><br></div>' : `<div>${l}</div>`)).join('')}</body></html>`;

describe('issue 14.1: the letter typed in the preview', () => {
  // The clerk typed lines into the raw-HTML box: HTML joins them into one paragraph.
  const typed = '<html><body>Witam\n\nuprzejmie informuję, że zaświadczenie jest gotowe do odbioru w pokoju 12.\n\nPozdrawiam</body></html>';

  test('the greeting fix replaces "Witam" and keeps "uprzejmie informuję"', async () => {
    const { adapter, own, fixOf } = setup({ to: [jan], subject: 'Zaświadczenie', bodyHtml: typed });
    await adapter.applyFix(await fixOf('greeting-informal'), context);
    expect(own()).toBe('Szanowny Panie, uprzejmie informuję, że zaświadczenie jest gotowe do odbioru w pokoju 12. Pozdrawiam');
  });

  test('on separate lines too', async () => {
    const { adapter, own, fixOf } = setup({ to: [jan], subject: 'Zaświadczenie', bodyHtml: html('Witam', '', 'uprzejmie informuję, że zaświadczenie jest gotowe do odbioru w pokoju 12.', '', 'Pozdrawiam') });
    await adapter.applyFix(await fixOf('greeting-informal'), context);
    expect(own()).toBe('Szanowny Panie\n\nuprzejmie informuję, że zaświadczenie jest gotowe do odbioru w pokoju 12.\n\nPozdrawiam\n');
  });

  test('no second closing is offered after "Pozdrawiam"', async () => {
    const { check } = setup({ to: [jan], subject: 'Zaświadczenie', bodyHtml: typed });
    const findings = (await check()).findings;
    expect(findings.filter((f) => f.fix?.kind === 'insertClosing')).toEqual([]);
  });

  test('insertClosing applied anyway adds nothing where a closing ends the letter', async () => {
    const { mailbox, adapter } = setup({ to: [jan], subject: 'Zaświadczenie', bodyHtml: typed });
    await adapter.applyFix({ kind: 'insertClosing', text: 'Z poważaniem' }, context);
    expect(mailbox.state().bodyHtml).toBe(typed);
  });
});

describe('greeting and closing fixes', () => {
  test.each([
    ['a greeting above the first line', html('zaświadczenie jest gotowe.'), 'insertGreeting', 'Szanowny Panie,\n\nzaświadczenie jest gotowe.\n'],
    ['a closing after an empty line at the end', html('Szanowny Panie,', '', 'zaświadczenie jest gotowe.'), 'insertClosing', 'Szanowny Panie,\n\nzaświadczenie jest gotowe.\n\nZ poważaniem\n'],
  ] as const)('%s', async (_name, bodyHtml, kind, expected) => {
    const { adapter, own, check } = setup({ to: [jan], subject: 'Zaświadczenie', bodyHtml });
    const fix = (await check()).findings.find((f) => f.fix?.kind === kind)!.fix!;
    await adapter.applyFix(fix, context);
    expect(own()).toBe(expected);
    // A second application changes nothing.
    const once = own();
    await adapter.applyFix(fix, context);
    expect(own()).toBe(once);
  });

  test('"Pozdro" is replaced, never doubled', async () => {
    const { adapter, own, fixOf, check } = setup({ to: [jan], subject: 'Zaświadczenie', bodyHtml: html('Szanowny Panie,', '', 'zaświadczenie jest gotowe.', '', 'Pozdro') });
    expect((await check()).findings.map((f) => f.ruleId)).not.toContain('closing-missing');
    await adapter.applyFix(await fixOf('closing-informal'), context);
    expect(own()).toBe('Szanowny Panie,\n\nzaświadczenie jest gotowe.\n\nZ poważaniem\n');
  });
});

describe('issue 14.4: templates keep one greeting and one closing', () => {
  const clerkText = html('Szanowna Pani,', '', 'w załączeniu przesyłam formularz.', '', 'Z poważaniem');
  const ack = (m: Parameters<typeof acknowledgementTemplate>[2], received = '2026-12-21') => acknowledgementTemplate('pl', { received, replyBy: '2027-01-21' }, m);
  const summons = (m: Parameters<typeof summonsTemplate>[2]) => summonsTemplate('pl', { sender: profile }, m);

  test('acknowledgement twice and the summons: each body once, below the one greeting, one closing', async () => {
    const { adapter, own } = setup({ to: [kasia], subject: 'Wniosek', bodyHtml: clerkText });
    await adapter.insertTemplate((m) => ack(m));
    await adapter.insertTemplate((m) => ack(m, '2026-12-22'));
    await adapter.insertTemplate((m) => summons(m));
    expect(own()).toBe(
      'Szanowna Pani,\n\n' +
        'uprzejmie proszę o osobiste stawiennictwo w urzędzie w godzinach pracy urzędu ([uzupełnij: godziny pracy]), w pokoju nr 12. Sprawę prowadzi Anna Nowak, tel. 75 123 45 67. Gdyby termin Pani nie odpowiadał, proszę o kontakt telefoniczny.\n\n' +
        'potwierdzam otrzymanie Pani wiadomości z dnia 22.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.\n\n' +
        'w załączeniu przesyłam formularz.\n\nZ poważaniem\n',
    );
  });

  test('into an empty new message: greeting, body, closing', async () => {
    const { adapter, own } = setup({ to: [jan], subject: 'Wniosek' });
    await adapter.insertTemplate((m) => ack(m));
    expect(own()).toBe('Szanowny Panie,\n\npotwierdzam otrzymanie Pana wiadomości z dnia 21.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.\n\nZ poważaniem\n');
  });

  test('on a reply: above the quoted thread, which stays byte for byte', async () => {
    const quote =
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Katarzyna Mazur &lt;k.mazur@interia.pl&gt;<br><b>Wysłane:</b> poniedziałek, 21 grudnia 2026 10:12<br><b>Temat:</b> Wniosek</div><div>Szanowni Państwo, proszę o zaświadczenie.</div><div>Z poważaniem</div><div>Katarzyna Mazur</div>';
    const bodyHtml = `<html><body><div><br></div>${quote}</body></html>`;
    const { mailbox, adapter, own } = setup({ to: [kasia], subject: 'RE: Wniosek', composeType: 'reply', bodyHtml });
    await adapter.insertTemplate((m) => ack(m));
    expect(mailbox.state().bodyHtml.endsWith(`${quote}</body></html>`)).toBe(true);
    expect(own()).toBe('Szanowna Pani,\n\npotwierdzam otrzymanie Pani wiadomości z dnia 21.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.\n\nZ poważaniem\n');
  });

  test('the summons left open is placeholder-left, and Send is blocked with no "send anyway"', async () => {
    const { adapter, check } = setup({ to: [jan], subject: 'Wezwanie', bodyHtml: clerkText });
    await adapter.insertTemplate((m) => summons(m));
    const findings = (await check()).findings;
    const open = findings.filter((f) => f.ruleId === 'placeholder-left');
    expect(open.map((f) => f.data?.field)).toEqual(['[uzupełnij: godziny pracy]']);
    const decision = decideSend(findings, 'never', 'pl', { markdown: true, prompt: true });
    expect(decision.kind).toBe('block');
    expect(decision.kind !== 'allow' && decision.options.sendModeOverride).toBeUndefined();
  });

  test('a template paragraph the clerk edited is hers: a new copy goes in, hers stays', async () => {
    const { adapter, mailbox, own } = setup({ to: [kasia], subject: 'Wniosek', bodyHtml: clerkText });
    await adapter.insertTemplate((m) => ack(m));
    mailbox.edit({ bodyHtml: mailbox.state().bodyHtml.replace('Odpowiedź przekażemy', 'Odpowiedź wyślemy') });
    await adapter.insertTemplate((m) => ack(m));
    expect(own().split('potwierdzam otrzymanie')).toHaveLength(3);
    expect(own()).toContain('Odpowiedź wyślemy');
  });
});

describe('issue 16: fixes that write the office\'s data', () => {
  const account = 'PL61 1090 1014 0000 0712 1981 2874';
  const withAccount: FixContext = { ...context, config: { ...context.config, organization: { ...context.config.organization, accounts: [account] } } };

  test('the summons gets the room, name and phone from the profile, and the finding goes', async () => {
    const { adapter, own, fixOf, check } = setup({ to: [jan], subject: 'Wezwanie', bodyHtml: html('Szanowny Panie,', '', 'proszę o osobiste stawiennictwo w urzędzie w dniu 3 grudnia o godz. 10:00 w celu podpisania wniosku.', '', 'Z poważaniem') });
    await adapter.applyFix(await fixOf('summons-details'), context);
    expect(own()).toBe(
      'Szanowny Panie,\n\nproszę o osobiste stawiennictwo w urzędzie w dniu 3 grudnia o godz. 10:00 w celu podpisania wniosku. Sprawę prowadzi Anna Nowak. Zapraszam do pokoju nr 12. Telefon kontaktowy: 75 123 45 67.\n\nZ poważaniem\n',
    );
    expect((await check()).findings.map((f) => f.ruleId)).not.toContain('summons-details');
  });

  test('the fee request gets the office\'s account from the policy', async () => {
    const { adapter, own } = setup({ to: [jan], subject: 'Opłata', bodyHtml: html('Szanowny Panie,', '', 'przed odbiorem zaświadczenia proszę wpłacić opłatę skarbową w wysokości 17 zł.', '', 'Z poważaniem') });
    const findings = checkMessage(await adapter.read(), withAccount.config).findings;
    await adapter.applyFix(findings.find((f) => f.messageId === 'fee-details/method')!.fix!, withAccount);
    expect(own()).toBe(`Szanowny Panie,\n\nprzed odbiorem zaświadczenia proszę wpłacić opłatę skarbową w wysokości 17 zł. Opłatę można wpłacić na rachunek urzędu nr ${account}.\n\nZ poważaniem\n`);
    const after = checkMessage(await adapter.read(), withAccount.config).findings.map((f) => f.messageId);
    expect(after).not.toContain('fee-details/method');
    expect(after).not.toContain('sensitive-data/inOwnText');
  });

  test('"Ukryj numer" masks the PESEL in the own text, and the finding goes', async () => {
    const { adapter, own, fixOf, check } = setup({ to: [jan], subject: 'Dane', bodyHtml: html('Szanowny Panie,', '', 'potwierdzam dane do decyzji: Jan Kowalski, PESEL 44051401359.', '', 'Z poważaniem') });
    await adapter.applyFix(await fixOf('sensitive-data'), context);
    expect(own()).toBe('Szanowny Panie,\n\npotwierdzam dane do decyzji: Jan Kowalski, PESEL ********359.\n\nZ poważaniem\n');
    expect((await check()).findings.map((f) => f.ruleId)).not.toContain('sensitive-data');
  });
});
