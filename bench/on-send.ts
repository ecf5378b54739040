/**
 * On-send latency: the send handler against the fake Outlook item with 100 ms per call (a slow
 * Outlook on the web). The fake counts waves: a wave starts whenever a call is made while none
 * is in flight, so sequential round trips show up as more than one.
 */
import { performance } from 'node:perf_hooks';
import { handleMessageSend } from '../src/launchevent/on-send';
import type { SendCompletedOptions } from '../src/launchevent/send-decision';
import { DEFAULT_CONFIG } from '../src/engine/config';
import type { PolicyState } from '../src/policy/load';
import { fakeMailbox, recordingEvent } from '../test/launchevent/fake-item';
import { replyHtml, recipients, KB } from './messages';

export const CALL_DELAY_MS = 100;

export type OnSendResult = { totalMs: number; waves: number; calls: number; allowed: boolean | undefined; ratioToOneCall: number };

export async function measureOnSend(): Promise<OnSendResult> {
  const to = recipients(5, 'gmina.example.pl').map((r) => ({ displayName: r.name ?? '', emailAddress: r.address }));
  const fake = fakeMailbox(
    { subject: 'RE: Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026', composeType: 'reply', to, body: replyHtml(3 * KB) },
    { delayMs: CALL_DELAY_MS },
  );
  const { event, completion } = recordingEvent<SendCompletedOptions>();
  // The policy file is fetched in the same wave; give it the same delay as an Outlook call.
  const policy = () => new Promise<PolicyState>((r) => setTimeout(() => r({ config: DEFAULT_CONFIG, source: 'remote', problems: [] }), CALL_DELAY_MS));
  const t0 = performance.now();
  await handleMessageSend(event, { mailbox: fake.mailbox, policy, profile: async () => ({ name: 'Jan Nowak', position: 'Inspektor' }), bodyFormat: 'text' });
  const result = await completion.done;
  const totalMs = performance.now() - t0;
  return { totalMs, waves: fake.waves(), calls: fake.calls.length, allowed: result?.allowEvent, ratioToOneCall: totalMs / CALL_DELAY_MS };
}
