/**
 * The send check leaves out what the clerk ignored in the pane, and nothing else (contract § 5):
 * the pane's side runs through the real adapter (it reads the item as HTML and keeps its ignores
 * in the item's session data), the send check reads the same item as text in its one wave.
 */
import { handleMessageSend } from '../../src/launchevent/on-send';
import type { SendCompletedOptions } from '../../src/launchevent/send-decision';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { checkMessage, countBySeverity } from '../../src/engine/runner';
import { ignoredValue, ignoreId, keyFindings, MAX_IGNORED, parseIgnored, withoutIgnored } from '../../src/engine/ignore';
import { createComposeAdapter } from '../../src/office/compose-adapter';
import { IGNORED_SESSION_KEY } from '../../src/office/ignored';
import { memorySettings, PROFILE_KEY } from '../../src/office/settings';
import type { PolicyState } from '../../src/policy/load';
import { fakeMailbox, recordingEvent, type Fault, type FakeOptions, type FakeState } from './fake-item';

const PROFILE = { name: 'Jan Nowak', position: 'Inspektor', department: 'Wydział Spraw Obywatelskich', phone: '77 123 45 67' };
const SIGNATURE = '<div>Z poważaniem</div><div>Jan Nowak</div><div>Inspektor</div><div>Wydział Spraw Obywatelskich</div><div>Urząd Gminy Example</div><div>tel. 77 123 45 67</div>';

function reply(own: string, subject = 'Odp: Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026'): Partial<FakeState> {
  return { subject, composeType: 'reply', to: [{ displayName: 'Anna Kowalska', emailAddress: 'anna.kowalska@wp.pl' }], body: `<div>Szanowna Pani,</div><div>${own}</div>${SIGNATURE}` };
}

const ATTACHMENT = 'w załączeniu przesyłam decyzję w sprawie podatku.';
const ATTACHMENT_AND_TONE = 'w załączeniu przesyłam decyzję. Nie ma Pani racji, termin wynosi 30 dni.';
const PESEL = 'proszę o podanie numeru PESEL 85010112345 w odpowiedzi.';

const policyOf = (rules: EngineConfig['rules'] = {}): PolicyState => ({ config: { ...DEFAULT_CONFIG, rules }, source: 'remote', problems: [] });

type Fake = ReturnType<typeof fakeMailbox>;

/**
 * The pane's side: its adapter reads the item, the engine checks it, and "Ignoruj" on every finding
 * of `ruleIds` keeps the ids with the item as the pane does. Returns what the pane then counts.
 */
async function ignoreInPane(fake: Fake, policy: PolicyState, ruleIds: string[]) {
  const adapter = createComposeAdapter(fake.mailbox, memorySettings({ [PROFILE_KEY]: PROFILE }));
  const keyed = keyFindings(checkMessage(await adapter.read(), policy.config).findings);
  const ids = parseIgnored(ignoredValue(keyed.filter((k) => ruleIds.includes(k.finding.ruleId)).map((k) => ignoreId(k.key))));
  expect(ids.length).toBeGreaterThan(0);
  await adapter.saveIgnored(ids);
  return countBySeverity(withoutIgnored(keyed, new Set(ids)).map((k) => k.finding));
}

async function send(fake: Fake, policy: PolicyState, isSetSupported: (version: string) => boolean = () => true) {
  const before = fake.waves();
  const { event, completion } = recordingEvent<SendCompletedOptions>();
  await handleMessageSend(event, { mailbox: fake.mailbox, policy: async () => policy, profile: async () => PROFILE, lang: 'pl', bodyFormat: 'text', isSetSupported });
  const result = await completion.done;
  await new Promise((r) => setTimeout(r, 30));
  return { result, completions: completion.calls.length, waves: fake.waves() - before };
}

describe('the send check leaves out what the pane ignored', () => {
  test('an ignored warning no longer prompts, and the item with its ignores is read in one wave', async () => {
    const fake = fakeMailbox(reply(ATTACHMENT));
    const policy = policyOf();
    expect((await send(fake, policy)).result?.sendModeOverride).toBe('promptUser');

    const pane = await ignoreInPane(fake, policy, ['attachment-missing']);
    expect(pane).toMatchObject({ error: 0, warning: 0 });
    const { result, completions, waves } = await send(fake, policy);
    expect(result).toEqual({ allowEvent: true });
    expect(completions).toBe(1);
    expect(waves).toBe(1);
    expect(fake.calls).toContain('sessionData.getAsync');
  });

  test('an ignored error of a rule that may be a false alarm (a policy raised it) no longer blocks', async () => {
    const fake = fakeMailbox(reply(PESEL));
    const policy = policyOf({ 'sensitive-data': 'error' });
    const blocked = await send(fake, policy);
    expect(blocked.result?.allowEvent).toBe(false);
    expect(blocked.result?.sendModeOverride).toBeUndefined();

    await ignoreInPane(fake, policy, ['sensitive-data']);
    expect((await send(fake, policy)).result).toEqual({ allowEvent: true });
  });

  test('the dialog counts and names what the pane still shows', async () => {
    const fake = fakeMailbox(reply(ATTACHMENT_AND_TONE));
    const policy = policyOf();
    const before = await send(fake, policy);
    expect(before.result?.errorMessage).toMatch(/^Etykieta: 2 problemy do sprawdzenia:/);

    const pane = await ignoreInPane(fake, policy, ['attachment-missing']);
    expect(pane).toMatchObject({ error: 0, warning: 1 });
    const { result } = await send(fake, policy);
    expect(result?.sendModeOverride).toBe('promptUser');
    expect(result?.errorMessage).toMatch(new RegExp(`^Etykieta: ${pane.warning} problem do sprawdzenia:`));
    expect(result?.errorMessage).toContain('• Ton nieodpowiedni w trudnej sprawie');
    expect(result?.errorMessage).not.toContain('załącznik');
  });

  test('an ignore smuggled in for an open template field or a missing subject still blocks, with both counted', async () => {
    const fake = fakeMailbox(reply('zapraszamy na rozmowę w dniu [uzupełnij: data] w pokoju 12.', ''));
    const policy = policyOf();
    // Every finding's id, as a stale or hostile session value could hold them.
    const adapter = createComposeAdapter(fake.mailbox, memorySettings({ [PROFILE_KEY]: PROFILE }));
    const keyed = keyFindings(checkMessage(await adapter.read(), policy.config).findings);
    expect(keyed.map((k) => k.finding.ruleId)).toEqual(expect.arrayContaining(['placeholder-left', 'subject-missing']));
    fake.state.session[IGNORED_SESSION_KEY] = ignoredValue(keyed.map((k) => ignoreId(k.key)));

    const { result } = await send(fake, policy);
    expect(result?.allowEvent).toBe(false);
    expect(result?.sendModeOverride).toBeUndefined();
    expect(result?.errorMessage).toMatch(/^Etykieta: 2 problemy do poprawienia przed wysłaniem:/);
    expect(result?.errorMessage).toContain('• Niewypełnione pole szablonu');
    expect(result?.errorMessage).toContain('• Brak tematu');
  });
});

describe('session data that cannot be read ignores nothing', () => {
  /** The id the pane would keep for the attachment warning, so each broken value carries a real one. */
  async function attachmentId(): Promise<string> {
    const fake = fakeMailbox(reply(ATTACHMENT));
    const adapter = createComposeAdapter(fake.mailbox, memorySettings({ [PROFILE_KEY]: PROFILE }));
    const keyed = keyFindings(checkMessage(await adapter.read(), DEFAULT_CONFIG).findings);
    return ignoreId(keyed.find((k) => k.finding.ruleId === 'attachment-missing')!.key);
  }

  test.each<[string, (id: string) => string]>([
    ['not JSON', (id) => `${id},`],
    ['a JSON object', (id) => JSON.stringify({ [id]: true })],
    ['a list with one bad entry', (id) => JSON.stringify([id, 7])],
    ['a list with the raw key', (id) => JSON.stringify([id, 'attachment-missing/missing|word=załączeniu'])],
    [`more than ${MAX_IGNORED} ids`, (id) => JSON.stringify([id, ...Array.from({ length: MAX_IGNORED }, (_, i) => ignoreId(`k${i}`))])],
  ])('a stored value that is %s: the warning still prompts', async (_name, broken) => {
    const fake = fakeMailbox(reply(ATTACHMENT));
    fake.state.session[IGNORED_SESSION_KEY] = broken(await attachmentId());
    const { result, completions, waves } = await send(fake, policyOf());
    expect(result?.sendModeOverride).toBe('promptUser');
    expect(completions).toBe(1);
    expect(waves).toBe(1);
  });

  test.each<[string, Record<string, Fault>, FakeOptions['withSessionData']]>([
    ['getAsync fails', { 'sessionData.getAsync': 'fail' }, true],
    ['getAsync throws', { 'sessionData.getAsync': 'throw' }, true],
    ['an Outlook without session data', {}, false],
  ])('%s: the warning still prompts, once', async (_name, faults, withSessionData) => {
    const fake = fakeMailbox({ ...reply(ATTACHMENT), session: { [IGNORED_SESSION_KEY]: JSON.stringify([await attachmentId()]) } }, { faults, withSessionData });
    const { result, completions } = await send(fake, policyOf());
    expect(result?.sendModeOverride).toBe('promptUser');
    expect(completions).toBe(1);
  });

  test('nothing ever set (the fake fails such a read): the warning prompts', async () => {
    const fake = fakeMailbox(reply(ATTACHMENT));
    expect((await send(fake, policyOf())).result?.sendModeOverride).toBe('promptUser');
    expect(fake.calls).toContain('sessionData.getAsync');
  });

  test('a client that says it lacks Mailbox 1.11 is not asked for session data at all', async () => {
    const fake = fakeMailbox({ ...reply(ATTACHMENT), session: { [IGNORED_SESSION_KEY]: JSON.stringify([await attachmentId()]) } });
    const { result } = await send(fake, policyOf(), (version) => version !== '1.11');
    expect(result?.sendModeOverride).toBe('promptUser');
    expect(fake.calls).not.toContain('sessionData.getAsync');
  });

  test('getAsync never answers: the check still decides within its budget, ignoring nothing', async () => {
    const fake = fakeMailbox({ ...reply(ATTACHMENT), session: { [IGNORED_SESSION_KEY]: JSON.stringify([await attachmentId()]) } }, { faults: { 'sessionData.getAsync': 'hang' } });
    const started = Date.now();
    const { result, completions } = await send(fake, policyOf());
    expect(result?.sendModeOverride).toBe('promptUser');
    expect(completions).toBe(1);
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
