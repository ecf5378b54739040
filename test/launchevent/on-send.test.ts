import { handleMessageSend, SEND_BUDGET_MS } from '../../src/launchevent/on-send';
import type { SendCompletedOptions } from '../../src/launchevent/send-decision';
import { DEFAULT_CONFIG, type EngineConfig, type OnSendBlock } from '../../src/engine/config';
import type { PolicyState } from '../../src/policy/load';
import { fakeMailbox, recordingEvent, type Fault, type FakeState } from './fake-item';

const policyWith = (block: OnSendBlock = 'errors', failOpen = true): PolicyState => ({
  config: { ...DEFAULT_CONFIG, onSend: { block, failOpen } } as EngineConfig,
  source: 'remote',
  problems: [],
});

const cleanReply: Partial<FakeState> = {
  subject: 'Odp: Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026',
  composeType: 'reply',
  to: [{ displayName: 'Anna Kowalska', emailAddress: 'anna.kowalska@wp.pl' }],
  body:
    '<div>Szanowna Pani,</div><div>zaświadczenie jest gotowe do odbioru w pokoju 12.</div><div>Z poważaniem</div>' +
    '<div>Jan Nowak</div><div>Inspektor</div><div>Wydział Spraw Obywatelskich</div><div>Urząd Gminy Example</div><div>tel. 77 123 45 67</div>',
};

async function send(state: Partial<FakeState>, options: { block?: OnSendBlock; failOpen?: boolean; faults?: Record<string, Fault>; budgetMs?: number; lang?: 'pl' | 'en'; policy?: () => Promise<PolicyState>; isSetSupported?: (version: string) => boolean } = {}) {
  const fake = fakeMailbox(state, { faults: options.faults });
  const { event, completion } = recordingEvent<SendCompletedOptions>();
  const started = Date.now();
  await handleMessageSend(event, {
    mailbox: fake.mailbox,
    policy: options.policy ?? (async () => policyWith(options.block, options.failOpen)),
    profile: async () => ({ name: 'Jan Nowak', position: 'Inspektor', department: 'Wydział Spraw Obywatelskich', phone: '77 123 45 67' }),
    lang: options.lang ?? 'pl',
    budgetMs: options.budgetMs,
    bodyFormat: 'text',
    isSetSupported: options.isSetSupported,
  });
  const result = await completion.done;
  // Give any late or duplicate callback a chance to misbehave before counting completions.
  await new Promise((r) => setTimeout(r, 30));
  return { result, calls: completion.calls, elapsed: Date.now() - started, fake };
}

describe('OnMessageSend', () => {
  test('a message without a subject is blocked, with the problem named and a button to the pane', async () => {
    const { result, calls } = await send({ ...cleanReply, subject: '' });
    expect(calls).toHaveLength(1);
    expect(result?.allowEvent).toBe(false);
    expect(result?.sendModeOverride).toBeUndefined();
    expect(result?.errorMessage).toMatch(/Etykieta: 1 problem do poprawienia/);
    expect(result?.commandId).toBe('msgComposeOpenPaneButton');
    expect(result?.cancelLabel?.length).toBeLessThanOrEqual(20);
    expect(result?.errorMessage?.length).toBeLessThanOrEqual(500);
  });

  test('warnings only: with onSend.block "errors" the user is asked (Send anyway)', async () => {
    const { result } = await send({ ...cleanReply, body: '<div>Witam, przesyłam decyzję.</div>' });
    expect(result?.allowEvent).toBe(false);
    expect(result?.sendModeOverride).toBe('promptUser');
  });

  test('warnings only: with onSend.block "warnings" sending is blocked', async () => {
    const { result } = await send({ ...cleanReply, body: '<div>Witam, przesyłam decyzję.</div>' }, { block: 'warnings' });
    expect(result?.allowEvent).toBe(false);
    expect(result?.sendModeOverride).toBeUndefined();
  });

  test('with onSend.block "never" even an error only prompts', async () => {
    const { result } = await send({ ...cleanReply, subject: '' }, { block: 'never' });
    expect(result?.allowEvent).toBe(false);
    expect(result?.sendModeOverride).toBe('promptUser');
  });

  test('a client with Mailbox 1.12 but not 1.14 cannot offer "Send anyway": warnings go through, errors still block', async () => {
    const upTo113 = (v: string) => Number(v.split('.')[1]) <= 13;
    const warned = await send({ ...cleanReply, body: '<div>Witam, przesyłam decyzję.</div>' }, { isSetSupported: upTo113 });
    expect(warned.result).toEqual({ allowEvent: true });
    const blocked = await send({ ...cleanReply, subject: '' }, { isSetSupported: upTo113 });
    expect(blocked.result?.allowEvent).toBe(false);
    expect(blocked.result?.commandId).toBeUndefined();
    expect(blocked.result?.errorMessageMarkdown).toBeUndefined();
  });

  test('a clean office reply is sent without interruption', async () => {
    const { result, calls } = await send(cleanReply);
    expect(calls).toEqual([{ allowEvent: true }]);
    expect(result).toEqual({ allowEvent: true });
  });

  test('English display language gives English texts', async () => {
    const { result } = await send({ ...cleanReply, subject: '' }, { lang: 'en' });
    expect(result?.errorMessage).toMatch(/^Etykieta: 1 problem to fix before sending:/);
    expect(result?.cancelLabel).toBe('Open Etykieta');
  });

  describe('the same policy and severities as the pane', () => {
    const jargon = { ...cleanReply, body: cleanReply.body!.replace('jest gotowe do odbioru w pokoju 12.', 'zostało wysłane w dniu dzisiejszym.') };
    const raised = (rules: EngineConfig['rules']) => async (): Promise<PolicyState> => ({ config: { ...DEFAULT_CONFIG, rules }, source: 'remote', problems: [] });

    test('a plain-language suggestion (info by default) never interrupts sending', async () => {
      const { result } = await send(jargon);
      expect(result).toEqual({ allowEvent: true });
    });

    test('a policy that raises it to "warning" is asked about on send, named by its title', async () => {
      const { result } = await send(jargon, { policy: raised({ 'plain-jargon': 'warning' }) });
      expect(result?.allowEvent).toBe(false);
      expect(result?.sendModeOverride).toBe('promptUser');
      expect(result?.errorMessage).toContain('• Urzędowy żargon zamiast prostych słów');
    });

    test('a policy that raises it to "error" blocks', async () => {
      const { result } = await send(jargon, { policy: raised({ 'plain-jargon': 'error' }) });
      expect(result?.allowEvent).toBe(false);
      expect(result?.sendModeOverride).toBeUndefined();
    });

    test('a rule the policy turns off stays off on send', async () => {
      const { result } = await send({ ...cleanReply, subject: '' }, { policy: raised({ 'subject-missing': 'off' }) });
      expect(result).toEqual({ allowEvent: true });
    });
  });

  test('the item is read in one wave of parallel calls', async () => {
    const { fake } = await send(cleanReply);
    expect(fake.waves()).toBe(1);
    expect(fake.calls).toEqual(expect.arrayContaining(['subject.getAsync', 'body.getAsync', 'to.getAsync', 'cc.getAsync', 'bcc.getAsync']));
  });

  test.each<[string, Record<string, Fault>]>([
    ['a getAsync that fails', { 'body.getAsync': 'fail' }],
    ['a getAsync that throws synchronously', { 'to.getAsync': 'throw' }],
    ['a getAsync that calls back twice', { 'subject.getAsync': 'twice' }],
    ['every call failing', { '*': 'fail' }],
    ['every call throwing', { '*': 'throw' }],
  ])('%s: completes exactly once and allows (fail-open)', async (_name, faults) => {
    const { calls } = await send({ ...cleanReply, subject: '' }, { faults });
    expect(calls).toHaveLength(1);
    if (!('subject.getAsync' in faults && faults['subject.getAsync'] === 'twice')) expect(calls[0]).toEqual({ allowEvent: true });
  });

  test('every call hanging: completes once within the budget and allows', async () => {
    const { calls, elapsed } = await send(cleanReply, { faults: { '*': 'hang' }, budgetMs: 200 });
    expect(calls).toEqual([{ allowEvent: true }]);
    expect(elapsed).toBeLessThan(1000);
  });

  test('the default budget is 4 seconds, under Outlook\'s 5-second "taking longer" notice', () => {
    expect(SEND_BUDGET_MS).toBe(4000);
  });

  test('a hanging policy fetch is cut by the budget too', async () => {
    const { calls } = await send(cleanReply, { policy: () => new Promise(() => {}), budgetMs: 150 });
    expect(calls).toEqual([{ allowEvent: true }]);
  });

  test('with failOpen false a fault blocks with a clear reason instead of sending unchecked', async () => {
    const { result, calls } = await send(cleanReply, { faults: { 'body.getAsync': 'fail' }, failOpen: false });
    expect(calls).toHaveLength(1);
    expect(result?.allowEvent).toBe(false);
    expect(result?.errorMessage).toMatch(/nie mogła sprawdzić.*body\.getAsync/);
  });
});
