/**
 * Issue 21: a citizen's text cannot hold up Send. The built launch-event bundle (in a bare `vm`
 * context with the fake Outlook item) gets each hostile own text of bench/adversarial.ts at
 * 100 KB; `event.completed` must come from the check itself (a message without a subject is
 * blocked) and before the 4-second budget. The budget timer cannot fire while synchronous work
 * runs, so a super-linear regex shows up here as a late completion (9.4 s for one 60 KB line
 * before the fix) or as the timer's fail-open answer.
 */
import { ADVERSARIES } from '../../bench/adversarial';
import { SEND_BUDGET_MS } from '../../src/launchevent/on-send';
import type { SendCompletedOptions } from '../../src/launchevent/send-decision';
import { fakeMailbox, recordingEvent } from './fake-item';
import { loadBundle, runInBareContext } from './bundle-context';

const SIZE = 100_000;

/** The text as Outlook's HTML body, which the fake renders back to the same text for getAsync('text'). */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

const cases = ADVERSARIES.filter((a) => a.placement === 'text' || a.placement === 'text-end');

describe('the send check completes within its budget on 100 KB of hostile text', () => {
  const code = loadBundle();

  test.each(cases.map((a) => [a.placement, a.name, a] as const))('%s %s', async (_placement, _name, adversary) => {
    const text = adversary.make(SIZE).bodyText ?? '';
    const fake = fakeMailbox({ subject: '', body: asHtml(text), to: [{ displayName: 'Anna Kowalska', emailAddress: 'anna.kowalska@wp.pl' }] });
    const { handlers } = runInBareContext(code, fake.mailbox);
    const { event, completion } = recordingEvent<SendCompletedOptions>();
    const t0 = performance.now();
    handlers.get('onMessageSendHandler')!(event);
    const result = await completion.done;
    const elapsed = performance.now() - t0;
    expect(fake.calls).toContain('body.getAsync');
    expect(result?.allowEvent).toBe(false); // the check's answer, not the budget's fail-open
    expect(completion.calls).toHaveLength(1);
    expect(elapsed).toBeLessThan(SEND_BUDGET_MS);
  });
});
