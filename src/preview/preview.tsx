/**
 * The browser preview (contract § 6): a simulated Outlook compose window beside the real task pane,
 * driven through the real Office adapter against an in-page mailbox. URL parameters:
 * `lang=pl|en`, `sample=<id>` (src/preview/samples.ts), `policy=broken` (load a broken policy
 * to see the fallback notice), `fail=<operation>[:fail|throw|hang|twice],…` (inject an Office failure).
 */
import { createRoot } from 'react-dom/client';
import { DEFAULT_CONFIG } from '../engine/config';
import { formatMessage, type Lang } from '../engine/i18n';
import { validatePolicyText } from '../policy/validate';
import { loadPolicy, policyUrlFor, type PolicyState } from '../policy/load';
import { FIRST_NAMES_FILE, loadFirstNames, withFirstNames } from '../policy/first-names';
import { memorySettings, roamingPolicyCache, PROFILE_KEY } from '../office/settings';
import type { RoamingSettingsLike } from '../office/office-like';
import { PreviewApp } from './PreviewApp';
import type { Faults, FaultMode } from './mailbox';
import { en as english } from '../engine/i18n/en';
import { installEnglish } from '../taskpane/language-pack';

/** preview-policy.json (examples/policy.gmina.json) when the build found it, else '' (defaults). */
declare const __PREVIEW_POLICY__: string;

const MODES: readonly FaultMode[] = ['fail', 'throw', 'hang', 'twice'];

export function parseFaults(value: string | null): Faults {
  const faults: Faults = {};
  for (const part of (value ?? '').split(',')) {
    const [operation, mode] = part.trim().split(':');
    if (!operation) continue;
    faults[operation] = MODES.includes(mode as FaultMode) ? (mode as FaultMode) : 'fail';
  }
  return faults;
}

/** The policy with the register's first-name table, fetched side by side as the Office pane does. */
async function previewPolicy(mode: string | null, settings: RoamingSettingsLike): Promise<PolicyState> {
  const names = loadFirstNames({ url: policyUrlFor(window.location.href, FIRST_NAMES_FILE), fetch: (url, init) => window.fetch(url, init as RequestInit) });
  const [policy, firstNames] = await Promise.all([officePolicy(mode, settings), names]);
  return withFirstNames(policy, firstNames);
}

async function officePolicy(mode: string | null, settings: RoamingSettingsLike): Promise<PolicyState> {
  const file = mode === 'broken' ? 'preview-policy-broken.json' : __PREVIEW_POLICY__;
  if (!file) return { config: DEFAULT_CONFIG, source: 'default', problems: [] };
  return loadPolicy({
    url: policyUrlFor(window.location.href, file),
    fetch: (url, init) => window.fetch(url, init as RequestInit),
    cache: roamingPolicyCache(settings),
    // The full rule catalogue, so a misspelt rule id or option in policy.json is named in the pane.
    validate: validatePolicyText,
  });
}

function start(): void {
  // The preview switches language at any moment: its English texts are there from the start.
  installEnglish(english);
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'pl';
  const container = document.getElementById('root');
  if (!container) return;
  document.documentElement.lang = lang;
  document.title = formatMessage(lang, 'preview.title');
  // One settings store per page, shared by every simulated compose window: the clerk's demo profile.
  const settings = memorySettings({
    [PROFILE_KEY]: { name: 'Anna Nowak', position: 'Inspektor', department: 'Referat Spraw Obywatelskich', phone: '+48 75 123 45 67', email: 'anna.nowak@gmina.example.pl', room: '12' },
  });
  createRoot(container).render(
    <PreviewApp
      initialLang={lang}
      initialSample={params.get('sample')}
      faults={parseFaults(params.get('fail'))}
      settings={settings}
      policy={previewPolicy(params.get('policy'), settings)}
    />,
  );
}

start();
