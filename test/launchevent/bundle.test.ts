/**
 * The built launch-event bundle as classic Outlook's JavaScript-only runtime sees it: ES2016
 * syntax, no window or document, only an `Office` global; both handlers registered and working.
 * Needs the build (`npm test` builds first; alone: `npx webpack --mode production --env local`).
 */
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { fakeMailbox, recordingEvent } from './fake-item';
import { loadBundle, runInBareContext } from './bundle-context';
import type { SendCompletedOptions } from '../../src/launchevent/send-decision';

describe('launch-event bundle', () => {
  test('is ES2016 syntax, free of eval and new Function, and within 30 KB gzip', () => {
    const code = loadBundle();
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(code).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    expect(gzipSync(code).length).toBeLessThanOrEqual(30 * 1024);
  });

  test('loads with only an Office global and registers both manifest functions', () => {
    const { handlers, context } = runInBareContext(loadBundle(), fakeMailbox().mailbox);
    expect([...handlers.keys()].sort()).toEqual(['onMessageSendHandler', 'onNewMessageComposeHandler']);
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
});
