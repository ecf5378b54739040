/**
 * The task pane page in Outlook: the one place in src/taskpane that touches Office.js, only to
 * build the adapter (src/office) and find the policy cache; everything else goes through the
 * ComposeAdapter. The policy (and beside it the register's first-name table) is loaded before the
 * pane mounts so the first check uses it.
 */
import { createComposeAdapter } from '../office/compose-adapter';
import { roamingPolicyCache } from '../office/settings';
import type { MailboxLike, RoamingSettingsLike } from '../office/office-like';
import { validatePolicyText } from '../policy/validate';
import { loadPolicy, policyUrlFor } from '../policy/load';
import { FIRST_NAMES_FILE, loadFirstNames, withFirstNames } from '../policy/first-names';
import { langFromLocale } from '../engine/i18n';
import { mountTaskpane } from './mount';
import { ensureLanguage } from './language-pack';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const context = Office.context;
  // Office's own types are richer than the structural ones src/office needs.
  const mailbox = context.mailbox as unknown as MailboxLike;
  const settings = context.roamingSettings as unknown as RoamingSettingsLike | undefined;
  const lang = langFromLocale(context.displayLanguage);
  document.documentElement.lang = lang;

  const adapter = createComposeAdapter(mailbox, settings, {
    context: { displayLanguage: context.displayLanguage, officeTheme: context.officeTheme, requirements: context.requirements },
  });
  const [policy, firstNames] = await Promise.all([
    loadPolicy({
      url: policyUrlFor(window.location.href),
      fetch: (url, init) => window.fetch(url, init as RequestInit),
      cache: settings ? roamingPolicyCache(settings) : undefined,
      // The full rule catalogue, so a misspelt rule id or option in policy.json is named in the pane.
      validate: validatePolicyText,
    }),
    loadFirstNames({ url: policyUrlFor(window.location.href, FIRST_NAMES_FILE), fetch: (url, init) => window.fetch(url, init as RequestInit) }),
    ensureLanguage(lang),
  ]);
  mountTaskpane(container, { adapter, policy: withFirstNames(policy, firstNames), lang });
}

void Office.onReady(() => start());
