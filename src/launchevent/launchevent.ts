/**
 * Entry of the launch-event bundle, loaded by the HTML runtime page (commands.html) and, in
 * classic Outlook on Windows, as the JavaScript-only override: no DOM, no localStorage, no
 * dynamic import, so everything here is one file and reads Outlook only through `Office`.
 */
import { handleMessageSend } from './on-send';
import { handleMessageFromChanged, handleNewMessageCompose } from './on-compose';
import { loadPolicy, type PolicyCache } from '../policy/load';
import { validatePolicyText } from '../policy/validate';
import { FIRST_NAMES_FILE, loadFirstNames, loadFirstNamesOnce, withFirstNames } from '../policy/first-names';
import { langFromLocale } from '../engine/i18n';
import type { SenderProfile } from '../engine/model';
import type { MailboxLike, RoamingSettingsLike } from '../office/office-like';
import { loadProfile } from '../office/settings';
import type { CompletableEvent } from './complete-once';
import type { SendCompletedOptions } from './send-decision';

/** Absolute base URL of the add-in, written by the build (classic Outlook's runtime needs absolute URLs). */
declare const __ADDIN_BASE_URL__: string;

export const POLICY_SETTING = 'etykieta.policy';

type OfficeGlobal = {
  context: {
    mailbox: MailboxLike;
    roamingSettings?: RoamingSettingsLike;
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, version: string): boolean };
  };
  actions: { associate(name: string, handler: (event: never) => void): void };
};

// `typeof` keeps this safe where Office is absent; globalThis is not ES2016.
function officeOrUndefined(): OfficeGlobal | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeGlobal);
}

function office(): OfficeGlobal {
  return officeOrUndefined() as OfficeGlobal;
}

function readSetting(name: string): unknown {
  try {
    return office().context.roamingSettings?.get(name);
  } catch {
    return undefined;
  }
}

/** The same validation as the task pane's (src/engine/profile.ts): a bad field is dropped, the rest kept. */
function profile(): Promise<SenderProfile | undefined> {
  try {
    return loadProfile(office().context.roamingSettings);
  } catch {
    return Promise.resolve(undefined);
  }
}

/** The last good policy saved by the task pane; the handlers only read it (saving costs a round trip). */
const policyCache: PolicyCache = {
  read: () => {
    const value = readSetting(POLICY_SETTING);
    return typeof value === 'string' ? value : undefined;
  },
  write: () => undefined,
};

/** Validated against the whole rule catalogue, as the pane does: a policy the pane refuses is refused here too. */
function policy() {
  return loadPolicy({ url: `${__ADDIN_BASE_URL__}policy.json`, fetch: (url, init) => fetch(url, init as RequestInit), cache: policyCache, timeoutMs: 2500, validate: validatePolicyText });
}

/** The register's first-name table beside the add-in, loaded once per runtime; the compact table when it cannot be. */
const firstNames = loadFirstNamesOnce(() => loadFirstNames({ url: `${__ADDIN_BASE_URL__}${FIRST_NAMES_FILE}`, fetch: (url, init) => fetch(url, init as RequestInit), timeoutMs: 2500 }));

/** The send check's policy: fetched side by side with the first-name table, within the policy's time. */
function policyWithFirstNames() {
  return Promise.all([policy(), firstNames()]).then(([state, names]) => withFirstNames(state, names));
}

function common() {
  const ctx = office().context;
  return {
    mailbox: ctx.mailbox,
    policy,
    profile,
    lang: langFromLocale(ctx.displayLanguage),
    isSetSupported: (version: string) => Boolean(ctx.requirements?.isSetSupported('Mailbox', version)),
  };
}

export function onNewMessageComposeHandler(event: CompletableEvent<void>): void {
  void handleNewMessageCompose(event, common());
}

/** OnMessageFromChanged (requirement set 1.13): only clients that have it raise it; the manifest entry is ignored elsewhere. */
export function onMessageFromChangedHandler(event: CompletableEvent<void>): void {
  void handleMessageFromChanged(event, common());
}

export function onMessageSendHandler(event: CompletableEvent<SendCompletedOptions>): void {
  void handleMessageSend(event, { ...common(), policy: policyWithFirstNames, bodyFormat: 'text' });
}

const officeApi = officeOrUndefined();
if (officeApi && officeApi.actions) {
  officeApi.actions.associate('onNewMessageComposeHandler', onNewMessageComposeHandler);
  officeApi.actions.associate('onMessageFromChangedHandler', onMessageFromChangedHandler);
  officeApi.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
