/**
 * The built launch-event bundle as classic Outlook's JavaScript-only runtime sees it: a bare
 * `vm` context with only an `Office` global (and timers). Needs the build
 * (`npm test` builds first; alone: `npx webpack --mode production --env local`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { fakeMailbox } from './fake-item';

const bundlePath = path.join(__dirname, '../../dist/launchevent.js');

export function loadBundle(): string {
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run \`npx webpack --mode production --env local\` (npm test does it first)`);
  return readFileSync(bundlePath, 'utf8');
}

export type FakeResponse = { ok: boolean; status: number; text(): Promise<string> };

/**
 * `settings`: the roaming settings the handlers read (the clerk's profile, the saved policy).
 * `fetch`: what the runtime fetches with (policy.json, first-names.txt); without it the runtime has
 * none, as where nothing can be fetched, and the handlers fall back.
 */
export function runInBareContext(code: string, mailbox: ReturnType<typeof fakeMailbox>['mailbox'], settings: Record<string, string> = {}, fetch?: (url: string) => Promise<FakeResponse>) {
  const handlers = new Map<string, (event: unknown) => void>();
  const Office = {
    context: { mailbox, displayLanguage: 'pl-PL', roamingSettings: { get: (name: string) => settings[name], set: () => undefined, saveAsync: () => undefined }, requirements: { isSetSupported: () => true } },
    actions: { associate: (name: string, fn: (event: unknown) => void) => handlers.set(name, fn) },
  };
  const context = vm.createContext({ Office, setTimeout, clearTimeout, console, ...(fetch ? { fetch } : {}) });
  vm.runInContext(code, context, { filename: 'launchevent.js' });
  return { handlers, context };
}
