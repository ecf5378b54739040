import { handleNewMessageCompose } from '../../src/launchevent/on-compose';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';
import type { PolicyState } from '../../src/policy/load';
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
