import { handleMessageFromChanged, handleNewMessageCompose } from '../../src/launchevent/on-compose';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';
import type { PolicyState } from '../../src/policy/load';
import { validatePolicy } from '../../src/policy';
import { fakeMailbox, recordingEvent, type Fault, type FakeState, type FakeOptions } from './fake-item';

const policy: PolicyState = {
  config: { ...DEFAULT_CONFIG, organization: { name: 'Urząd Gminy Example', address: 'ul. Długa 1, 47-200 Example', phone: '77 000 00 00', accounts: [] } } as EngineConfig,
  source: 'remote',
  problems: [],
};
const profile = { name: 'Jan Nowak', position: 'Inspektor', department: 'Wydział Spraw Obywatelskich', phone: '77 123 45 67' };

async function compose(state: Partial<FakeState>, options: FakeOptions & { budgetMs?: number } = {}) {
  const fake = fakeMailbox(state, options);
  const { event, completion } = recordingEvent<void>();
  await handleNewMessageCompose(event, { mailbox: fake.mailbox, policy: async () => policy, profile: async () => profile, lang: 'pl', budgetMs: options.budgetMs });
  await new Promise((r) => setTimeout(r, 30));
  return { fake, completions: completion.calls.length };
}

const signatureIn = (html: string) => parseBody(createMessage({ bodyHtml: html })).signature;

describe('OnNewMessageCompose', () => {
  test('a new message gets the full signature through setSignatureAsync and the client signature off', async () => {
    const { fake, completions } = await compose({ composeType: 'newMail' });
    expect(completions).toBe(1);
    expect(fake.state.clientSignatureDisabled).toBe(true);
    const sig = signatureIn(fake.state.signature ?? '');
    expect(sig).toMatchObject({ marked: true, variant: 'full' });
    expect(sig?.text).toContain('Urząd Gminy Example');
    expect(sig?.text).toContain('ul. Długa 1');
  });

  test('issue 15.2: a plain-text message gets the text signature, as text, through setSignatureAsync', async () => {
    const { fake, completions } = await compose({ composeType: 'newMail', bodyType: 'text' });
    expect(completions).toBe(1);
    expect(fake.state.coercions).toEqual(['text']);
    expect(fake.state.signature).toMatch(/^-- \nJan Nowak\nInspektor\n/);
    expect(fake.state.signature).not.toMatch(/<\/?(div|p|br|strong)\b/);
  });

  test('issue 15.2: plain text without setSignatureAsync: prepended once, as text', async () => {
    const first = await compose({ composeType: 'reply', bodyType: 'text', body: 'Dzień dobry,\r\ntreść.' }, { withSignatureApi: false });
    expect(first.fake.state.coercions).toEqual(['text']);
    expect(first.fake.state.body).toMatch(/^\n-- \nJan Nowak\n[\s\S]*Dzień dobry,\r\ntreść\.$/);
    const again = await compose({ ...first.fake.state, coercions: [] }, { withSignatureApi: false });
    expect(again.fake.state.body).toBe(first.fake.state.body);
    expect(again.fake.state.coercions).toEqual([]);
  });

  test('a reply gets the short signature', async () => {
    const { fake } = await compose({ composeType: 'reply' });
    expect(signatureIn(fake.state.signature ?? '')).toMatchObject({ marked: true, variant: 'short' });
  });

  test('running the handler twice leaves one signature', async () => {
    const fake = fakeMailbox({ composeType: 'newMail' });
    for (let i = 0; i < 2; i++) {
      const { event } = recordingEvent<void>();
      await handleNewMessageCompose(event, { mailbox: fake.mailbox, policy: async () => policy, profile: async () => profile });
    }
    expect((fake.state.signature ?? '').match(/id="etykieta-signature"/g)).toHaveLength(1);
  });

  test('without requirement set 1.10 the signature is prepended once and the body text is kept', async () => {
    const body = '<div>Tekst napisany wcześniej.</div><div id="divRplyFwdMsg">Od: anna@wp.pl</div>';
    const fake = fakeMailbox({ composeType: 'reply', body }, { withSignatureApi: false });
    for (let i = 0; i < 2; i++) {
      const { event } = recordingEvent<void>();
      await handleNewMessageCompose(event, { mailbox: fake.mailbox, policy: async () => policy, profile: async () => profile });
    }
    expect(fake.state.body.match(/id="etykieta-signature"/g)).toHaveLength(1);
    expect(fake.state.body.endsWith(body)).toBe(true);
  });

  test.each<[string, Record<string, Fault>]>([
    ['setSignatureAsync fails', { 'body.setSignatureAsync': 'fail' }],
    ['setSignatureAsync throws', { 'body.setSignatureAsync': 'throw' }],
    ['getComposeTypeAsync calls back twice', { getComposeTypeAsync: 'twice' }],
    ['every call fails', { '*': 'fail' }],
  ])('%s: completes exactly once and the body is untouched', async (_name, faults) => {
    const { fake, completions } = await compose({ composeType: 'newMail', body: '<div>Treść</div>' }, { faults });
    expect(completions).toBe(1);
    expect(fake.state.body).toBe('<div>Treść</div>');
  });

  test('every call hanging: completes once within the budget', async () => {
    const started = Date.now();
    const { completions } = await compose({ composeType: 'newMail' }, { faults: { '*': 'hang' }, budgetMs: 150 });
    expect(completions).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('OnMessageFromChanged (a shared or department mailbox chosen in From)', () => {
  const parsed = validatePolicy({
    organization: { name: 'Urząd Gminy Example', address: 'ul. Długa 1, 47-200 Example', phone: '77 000 00 00' },
    mailboxes: { 'sekretariat@gmina.example.pl': { department: 'Sekretariat Wójta', phone: '77 000 00 01' } },
  });
  if (!parsed.ok) throw new Error('test policy is invalid');
  const shared: PolicyState = { config: parsed.config, source: 'remote', problems: [] };
  const own = { displayName: 'Jan Nowak', emailAddress: 'jan.nowak@gmina.example.pl' };
  const secretariat = { displayName: 'Sekretariat', emailAddress: 'sekretariat@gmina.example.pl' };
  const deps = (fake: ReturnType<typeof fakeMailbox>) => ({ mailbox: fake.mailbox, policy: async () => shared, profile: async () => profile, lang: 'pl' as const });

  async function changeFrom(fake: ReturnType<typeof fakeMailbox>, to: typeof own) {
    fake.state.from = to;
    const { event, completion } = recordingEvent<void>();
    await handleMessageFromChanged(event, deps(fake));
    await new Promise((r) => setTimeout(r, 20));
    return completion.calls.length;
  }
  const markers = (html: string | undefined) => (html ?? '').match(/id="etykieta-signature"/g)?.length ?? 0;

  test('the signature becomes the mailbox\'s variant: its department, phone and address; the clerk\'s name stays', async () => {
    const fake = fakeMailbox({ composeType: 'newMail', body: '<div>Treść pisma.</div>' });
    await handleNewMessageCompose(recordingEvent<void>().event, deps(fake));
    expect(signatureIn(fake.state.signature ?? '')?.text).toContain('Wydział Spraw Obywatelskich');
    expect(await changeFrom(fake, secretariat)).toBe(1);
    const text = signatureIn(fake.state.signature ?? '')?.text ?? '';
    expect(text).toContain('Jan Nowak');
    expect(text).toContain('Sekretariat Wójta');
    expect(text).toContain('tel. 77 000 00 01');
    expect(text).toContain('e-mail: sekretariat@gmina.example.pl');
    expect(text).not.toContain('Wydział Spraw Obywatelskich');
    expect(markers(fake.state.signature)).toBe(1);
    expect(fake.state.body).toBe('<div>Treść pisma.</div>');
    expect(fake.state.clientSignatureDisabled).toBe(true);
  });

  test('choosing the same mailbox again, or changing back and forth, always leaves exactly one signature', async () => {
    const fake = fakeMailbox({ composeType: 'reply', body: '<div>Odpowiedź.</div>' });
    await changeFrom(fake, secretariat);
    await changeFrom(fake, secretariat);
    expect(markers(fake.state.signature)).toBe(1);
    expect(signatureIn(fake.state.signature ?? '')).toMatchObject({ variant: 'short' });
    await changeFrom(fake, own);
    const text = signatureIn(fake.state.signature ?? '')?.text ?? '';
    expect(text).toContain('Wydział Spraw Obywatelskich');
    expect(text).not.toContain('Sekretariat Wójta');
    expect(markers(fake.state.signature)).toBe(1);
    expect(fake.state.body).toBe('<div>Odpowiedź.</div>');
    expect(fake.calls).not.toContain('body.prependAsync');
    expect(fake.calls).not.toContain('body.setAsync');
  });

  test('a new message opened with the shared mailbox already in From gets its variant on compose', async () => {
    const fake = fakeMailbox({ composeType: 'newMail', from: secretariat });
    await handleNewMessageCompose(recordingEvent<void>().event, deps(fake));
    expect(signatureIn(fake.state.signature ?? '')?.text).toContain('Sekretariat Wójta');
  });

  test('without setSignatureAsync nothing is written (a prepended second block would double it)', async () => {
    const body = '<div>Treść.</div>';
    const fake = fakeMailbox({ composeType: 'newMail', body }, { withSignatureApi: false });
    expect(await changeFrom(fake, secretariat)).toBe(1);
    expect(fake.state.body).toBe(body);
    expect(fake.calls).toEqual([]);
  });

  test.each<[string, Fault]>([
    ['fails', 'fail'],
    ['throws', 'throw'],
  ])('a From that cannot be read (from.getAsync %s) leaves the signature as it was', async (_name, fault) => {
    const fake = fakeMailbox({ composeType: 'newMail', signature: '<div id="etykieta-signature">Jan Nowak</div>' }, { faults: { 'from.getAsync': fault } });
    expect(await changeFrom(fake, secretariat)).toBe(1);
    expect(fake.state.signature).toBe('<div id="etykieta-signature">Jan Nowak</div>');
    expect(fake.calls).not.toContain('body.setSignatureAsync');
  });

  test('setSignatureAsync failing: completes once, body untouched', async () => {
    const fake = fakeMailbox({ composeType: 'newMail', body: '<div>Treść</div>' }, { faults: { 'body.setSignatureAsync': 'fail' } });
    expect(await changeFrom(fake, secretariat)).toBe(1);
    expect(fake.state.body).toBe('<div>Treść</div>');
  });
});
