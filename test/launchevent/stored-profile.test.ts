/**
 * Issue 21.6: with roaming setting `etykieta.profile` = `{"name":5}` and an empty subject, Send
 * went through: the launch event did not validate the stored profile, the body parse threw
 * outside the per-rule guard, and on-send's catch failed open. Here the BUILT launch-event bundle
 * runs as classic Outlook's JavaScript-only runtime would (a `vm` context with only an `Office`
 * global, no DOM), with that profile stored, and must block the message.
 * Needs the build (`npm test` builds first; alone: `npx webpack --mode production --env local`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fakeMailbox, recordingEvent } from './fake-item';
import { handleMessageSend } from '../../src/launchevent/on-send';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import type { SenderProfile } from '../../src/engine/model';
import type { SendCompletedOptions } from '../../src/launchevent/send-decision';

const bundlePath = path.join(__dirname, '../../dist/launchevent.js');

/** The bundle in a bare context whose roamingSettings hold `stored` under etykieta.profile. */
function sendWithStoredProfile(stored: unknown) {
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run \`npx webpack --mode production --env local\``);
  const fake = fakeMailbox({ subject: '', body: '<div>Dzień dobry,</div><div>przesyłam informację.</div>', to: [{ emailAddress: 'anna@wp.pl' }] });
  const handlers = new Map<string, (event: unknown) => void>();
  const roamingSettings = { get: (name: string) => (name === 'etykieta.profile' ? stored : undefined), set: () => undefined, saveAsync: () => undefined };
  const Office = {
    context: { mailbox: fake.mailbox, displayLanguage: 'pl-PL', roamingSettings, requirements: { isSetSupported: () => true } },
    actions: { associate: (name: string, fn: (event: unknown) => void) => handlers.set(name, fn) },
  };
  vm.runInContext(readFileSync(bundlePath, 'utf8'), vm.createContext({ Office, setTimeout, clearTimeout, console }), { filename: 'launchevent.js' });
  const { event, completion } = recordingEvent<SendCompletedOptions>();
  handlers.get('onMessageSendHandler')!(event);
  return completion;
}

describe('the built send check with a malformed stored profile', () => {
  test.each([
    ['{"name":5} as text (as saved by a string setting)', '{"name":5}'],
    ['{ name: 5 } as an object', { name: 5 }],
    ['a bad name beside good fields', { name: 5, position: 'Inspektor', phone: '77 123 45 67' }],
    ['every field of the wrong type', { name: [], position: {}, department: 5, phone: null, email: true, room: 1 }],
    ['a number', 5],
    ['text that is not JSON', '{name:'],
  ])('%s: the empty subject blocks Send, completed exactly once', async (_name, stored) => {
    const completion = sendWithStoredProfile(stored);
    const result = await completion.done;
    expect(result?.allowEvent).toBe(false);
    expect(result?.errorMessage).toMatch(/Etykieta: \d+ (problem|problemy|problemów) do poprawienia/);
    await new Promise((r) => setTimeout(r, 10));
    expect(completion.calls).toHaveLength(1);
  });
});

describe('the send handler, given the unvalidated profile directly', () => {
  test('a profile dependency that hands over {"name":5} still blocks the empty subject', async () => {
    const fake = fakeMailbox({ subject: '', body: '<div>Dzień dobry,</div><div>przesyłam informację.</div>', to: [{ emailAddress: 'anna@wp.pl' }] });
    const { event, completion } = recordingEvent<SendCompletedOptions>();
    await handleMessageSend(event, {
      mailbox: fake.mailbox,
      policy: async () => ({ config: DEFAULT_CONFIG, source: 'default', problems: [] }),
      profile: async () => ({ name: 5 }) as unknown as SenderProfile,
      bodyFormat: 'text',
    });
    expect((await completion.done)?.allowEvent).toBe(false);
  });
});
