/**
 * The built launch-event bundle as classic Outlook's JavaScript-only runtime sees it: ES2016
 * syntax, no window or document, only an `Office` global; both handlers registered and working.
 * Needs the build (`npm test` builds first; alone: `npx webpack --mode production --env local`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { fakeMailbox, recordingEvent, type FakeState } from './fake-item';
import { loadBundle, runInBareContext, type FakeResponse } from './bundle-context';
import type { SendCompletedOptions } from '../../src/launchevent/send-decision';
import { validateManifest } from '../../src/manifest/validate';

/** The clerk's fields as the task pane stores them in roamingSettings. */
const PROFILE = JSON.stringify({ name: 'Jan Nowak', position: 'Inspektor', department: 'Wydział Spraw Obywatelskich', phone: '77 123 45 67' });

describe('launch-event bundle', () => {
  test('is ES2016 syntax, free of eval and new Function, and within 60 KB gzip', () => {
    const code = loadBundle();
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(code).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });

  test('carries no rule docs (the pane and the README show them; the dialog needs only titles)', () => {
    // esbuild writes non-ASCII letters as \uXXXX / \xXX escapes; read them back before searching.
    const code = loadBundle().replace(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_m, u: string, x: string) => String.fromCharCode(parseInt(u ?? x, 16)));
    // A sentence of plain-jargon's docs must be gone; fee-details' dialog title must be there.
    expect(code.includes('pisz prostymi słowami')).toBe(false);
    expect(code.includes('Write plain words instead of office jargon')).toBe(false);
    expect(code.includes('Opłata bez kwoty lub sposobu zapłaty')).toBe(true);
  });

  test('loads with only an Office global and registers every function the manifest names', () => {
    const { handlers, context } = runInBareContext(loadBundle(), fakeMailbox().mailbox);
    const named = validateManifest(readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8')).functionNames;
    expect([...handlers.keys()].sort()).toEqual([...new Set(named)].sort());
    expect([...handlers.keys()].sort()).toEqual(['onMessageFromChangedHandler', 'onMessageSendHandler', 'onNewMessageComposeHandler']);
    expect(vm.runInContext('typeof window + typeof document', context)).toBe('undefinedundefined');
  });

  test('the registered send handler blocks a message without a subject (policy unreachable: defaults)', async () => {
    const fake = fakeMailbox({ subject: '', body: '<div>Dzień dobry,</div><div>przesyłam informację.</div>', to: [{ emailAddress: 'anna@wp.pl' }] });
    const { handlers } = runInBareContext(loadBundle(), fake.mailbox);
    const { event, completion } = recordingEvent<SendCompletedOptions>();
    handlers.get('onMessageSendHandler')!(event);
    const result = await completion.done;
    expect(result?.allowEvent).toBe(false);
    expect(result?.errorMessage).toMatch(/Etykieta: \d+ (problem|problemy|problemów) do poprawienia/);
    expect(fake.calls).toContain('body.getAsync');
  });

  test('the registered compose handler inserts one signature', async () => {
    const fake = fakeMailbox({ composeType: 'newMail' });
    const { handlers } = runInBareContext(loadBundle(), fake.mailbox);
    const { event, completion } = recordingEvent<void>();
    handlers.get('onNewMessageComposeHandler')!(event);
    await completion.done;
    expect((fake.state.signature ?? '').match(/id="etykieta-signature"/g)).toHaveLength(1);
  });

  test('the registered From-changed handler writes the shared mailbox\'s signature from the cached policy, once', async () => {
    const policy = JSON.stringify({ mailboxes: { 'sekretariat@gmina.example.pl': { department: 'Sekretariat Wójta' } } });
    const fake = fakeMailbox({ composeType: 'newMail', from: { displayName: 'Sekretariat', emailAddress: 'sekretariat@gmina.example.pl' } });
    const { handlers } = runInBareContext(loadBundle(), fake.mailbox, { 'etykieta.profile': PROFILE, 'etykieta.policy': policy });
    const { event, completion } = recordingEvent<void>();
    handlers.get('onMessageFromChangedHandler')!(event);
    await completion.done;
    expect((fake.state.signature ?? '').match(/id="etykieta-signature"/g)).toHaveLength(1);
    expect(fake.state.signature).toContain('Sekretariat Wójta');
    expect(fake.state.signature).not.toContain('Wydział Spraw Obywatelskich');
  });

  describe('the send check reads the register\'s first-name table beside the add-in (first-names.txt)', () => {
    const builtNames = path.join(__dirname, '../../dist/first-names.txt');
    const signature = '<div>Z poważaniem</div><div>Jan Nowak</div><div>Inspektor</div><div>Wydział Spraw Obywatelskich</div><div>Urząd Gminy Example</div><div>tel. 77 123 45 67</div>';
    // "Yannick" (78 men) is in the register's table, not in the compact one the bundle carries.
    const toYannick: Partial<FakeState> = {
      subject: 'Odp: Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026',
      composeType: 'reply',
      to: [{ displayName: 'Yannick Nowak', emailAddress: 'yannick.nowak@wp.pl' }],
      body: `<div>Szanowna Pani,</div><div>zaświadczenie jest gotowe do odbioru w pokoju 12.</div>${signature}`,
    };

    /** Serves dist/first-names.txt (policy.json is not there: 404), each answer after 20 ms; records when each request started and ended. */
    function server(namesStatus = 200) {
      const log: string[] = [];
      const fetch = (url: string) => {
        const file = url.slice(url.lastIndexOf('/') + 1);
        log.push(`ask ${file}`);
        return new Promise<FakeResponse>((resolve) =>
          setTimeout(() => {
            log.push(`answer ${file}`);
            const found = file === 'first-names.txt' && namesStatus === 200;
            resolve({ ok: found, status: found ? 200 : 404, text: async () => (found ? readFileSync(builtNames, 'utf8') : 'Not Found') });
          }, 20),
        );
      };
      return { fetch, log };
    }

    async function send(fetch: (url: string) => Promise<FakeResponse>) {
      const fake = fakeMailbox(toYannick);
      const { handlers } = runInBareContext(loadBundle(), fake.mailbox, { 'etykieta.profile': PROFILE }, fetch);
      const { event, completion } = recordingEvent<SendCompletedOptions>();
      handlers.get('onMessageSendHandler')!(event);
      const result = await completion.done;
      await new Promise((r) => setTimeout(r, 20));
      return { result, completions: completion.calls.length };
    }

    test('the build puts first-names.txt beside launchevent.js, byte for byte the committed table', () => {
      expect(readFileSync(builtNames).equals(readFileSync(path.join(__dirname, '../../src/engine/rules/data/first-names.txt')))).toBe(true);
    });

    test('fetched side by side with policy.json: "Szanowna Pani" to Yannick Nowak is asked about', async () => {
      const { fetch, log } = server();
      const { result, completions } = await send(fetch);
      expect(result?.allowEvent).toBe(false);
      expect(result?.sendModeOverride).toBe('promptUser');
      expect(result?.errorMessage).toContain('• Powitanie nie pasuje do adresata');
      expect(completions).toBe(1);
      expect(log.slice(0, 2).sort()).toEqual(['ask first-names.txt', 'ask policy.json']);
      expect(log.filter((l) => l === 'ask first-names.txt')).toHaveLength(1);
    });

    test('no first-names.txt (404): the compact table, the same letter goes through, nothing else changes', async () => {
      const { fetch, log } = server(404);
      const { result, completions } = await send(fetch);
      expect(result).toEqual({ allowEvent: true });
      expect(completions).toBe(1);
      expect(log.filter((l) => l === 'ask first-names.txt')).toHaveLength(1);
    });

    test('no fetch in the runtime at all: the compact table, the letter goes through', async () => {
      const { result, completions } = await send(undefined as never);
      expect(result).toEqual({ allowEvent: true });
      expect(completions).toBe(1);
    });
  });

  describe('the send check runs the whole catalogue, as the pane does', () => {
    const citizen = [{ displayName: 'Anna Kowalska', emailAddress: 'anna.kowalska@wp.pl' }];
    const signature = '<div>Z poważaniem</div><div>Jan Nowak</div><div>Inspektor</div><div>Wydział Spraw Obywatelskich</div><div>Urząd Gminy Example</div><div>tel. 77 123 45 67</div>';
    const reply = (own: string, subject = 'Odp: Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026'): Partial<FakeState> => ({
      subject,
      composeType: 'reply',
      to: citizen,
      body: `<div>Szanowna Pani,</div><div>${own}</div>${signature}`,
    });

    async function sendThroughBundle(state: Partial<FakeState>, settings: Record<string, string> = {}) {
      const fake = fakeMailbox(state);
      const { handlers } = runInBareContext(loadBundle(), fake.mailbox, { 'etykieta.profile': PROFILE, ...settings });
      const { event, completion } = recordingEvent<SendCompletedOptions>();
      handlers.get('onMessageSendHandler')!(event);
      const result = await completion.done;
      await new Promise((r) => setTimeout(r, 20));
      return { result, completions: completion.calls.length, waves: fake.waves() };
    }

    test('a clean reply goes through, read in one wave of Office calls', async () => {
      const { result, completions, waves } = await sendThroughBundle(reply('zaświadczenie jest gotowe do odbioru w pokoju 12.'));
      expect(result).toEqual({ allowEvent: true });
      expect(completions).toBe(1);
      expect(waves).toBe(1);
    });

    test.each<[string, string, string]>([
      ['a fee request without an amount', 'przed wydaniem zaświadczenia proszę uiścić opłatę skarbową przelewem.', 'Opłata bez kwoty lub sposobu zapłaty'],
      ['a summons without a room', 'wzywam Panią do osobistego stawiennictwa w Urzędzie Gminy Example w dniu 15.03.2026 o godz. 10:00.', 'Wezwanie bez pełnych szczegółów'],
      ['a tone problem', 'nie ma Pani racji, termin wynosi 30 dni.', 'Ton nieodpowiedni w trudnej sprawie'],
    ])('%s stops the send and is named in the dialog', async (_name, own, title) => {
      const { result, completions, waves } = await sendThroughBundle(reply(own));
      expect(result?.allowEvent).toBe(false);
      expect(result?.errorMessage).toContain(`• ${title}`);
      expect(result?.errorMessage).toMatch(/^Etykieta: 1 problem do sprawdzenia:/);
      expect(result?.sendModeOverride).toBe('promptUser');
      expect(completions).toBe(1);
      expect(waves).toBe(1);
    });

    test('an open template field blocks with no "Send anyway", even where the policy only asks (onSend.block "never")', async () => {
      const never = JSON.stringify({ onSend: { block: 'never' } });
      const { result, completions, waves } = await sendThroughBundle(reply('zapraszamy na rozmowę w dniu [uzupełnij: data] w pokoju 12.'), { 'etykieta.policy': never });
      expect(result?.allowEvent).toBe(false);
      expect(result?.sendModeOverride).toBeUndefined();
      expect(result?.errorMessage).toContain('• Niewypełnione pole szablonu');
      expect(result?.errorMessage).toMatch(/^Etykieta: 1 problem do poprawienia przed wysłaniem:/);
      expect(completions).toBe(1);
      expect(waves).toBe(1);
    });
  });
});
