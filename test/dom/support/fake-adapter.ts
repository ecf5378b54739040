/**
 * A ComposeAdapter over an in-memory message, for the task pane tests: it applies fixes the way
 * Outlook would (block fixes on the HTML body, recipients moved), records every call, and can be
 * told to fail any operation with an OfficeCallError or to hold a fix until the test releases it.
 */
import { OfficeCallError, type ComposeAdapter, type FixContext, type MessageSnapshot, type SentencePlace } from '../../../src/office/types';
import type { TemplateText } from '../../../src/engine/templates';
import { openBody } from '../../../src/office/letter-edit';
import { placeTemplate } from '../../../src/office/letter-inserts';
import { moveToBcc } from '../../../src/engine/fixes/move-to-bcc';
import { createMessage, type MailMessage, type SenderProfile } from '../../../src/engine/model';
import type { Fix } from '../../../src/engine/types';
import type { EngineConfig } from '../../../src/engine/config';
import { DEFAULT_CONFIG } from '../../../src/engine/config';
import { buildSignature } from '../../../src/engine/signature';
import { SIGNATURE_MARKER } from '../../../src/engine/parse/html';
import type { PolicyState } from '../../../src/policy/load';

type Operation = 'read' | 'applyFix' | 'insertTemplate' | 'insertSentence' | 'snapshot' | 'restore' | 'loadProfile' | 'saveProfile' | 'saveIgnored';

export class FakeComposeAdapter implements ComposeAdapter {
  message: MailMessage;
  profile: SenderProfile;
  language = 'pl-PL';
  officeTheme: { bodyBackgroundColor?: string } | undefined = undefined;
  readonly fixes: Array<{ fix: Fix; context: FixContext }> = [];
  readonly saved: SenderProfile[] = [];
  /** Templates inserted, as built for the message at that moment. */
  readonly templates: TemplateText[] = [];
  /** Sentences inserted, with where they went. */
  readonly sentences: Array<{ text: string; place: SentencePlace }> = [];
  /** Where the next sentence lands ('caret' when the clerk's caret is in the own text). */
  sentencePlace: SentencePlace = 'end';
  readonly restored: MessageSnapshot[] = [];
  reads = 0;
  /** Operations that fail until removed, each with the error Outlook would give. */
  readonly failing = new Map<Operation, OfficeCallError>();
  /** When set, applyFix waits for this promise before changing the message. */
  hold?: Promise<void>;
  /** The item's session data of ignores, as the send check would read it; undefined: an Outlook without session data. */
  ignored: string[] | undefined = [];
  private readonly listeners = new Set<() => void>();

  constructor(message: Partial<MailMessage>, profile: SenderProfile = {}) {
    this.message = createMessage(message);
    this.profile = profile;
  }

  fail(operation: Operation, officeOperation: string, reason: string): void {
    this.failing.set(operation, new OfficeCallError(officeOperation, 5001, `${officeOperation}: ${reason}`));
  }

  private check(operation: Operation): void {
    const error = this.failing.get(operation);
    if (error) throw error;
  }

  async read(): Promise<MailMessage> {
    this.reads++;
    this.check('read');
    return JSON.parse(JSON.stringify(this.message)) as MailMessage;
  }

  async applyFix(fix: Fix, context: FixContext): Promise<void> {
    this.fixes.push({ fix, context });
    if (this.hold) await this.hold;
    this.check('applyFix');
    const m = this.message;
    const html = m.bodyHtml ?? '';
    switch (fix.kind) {
      case 'insertGreeting':
        m.bodyHtml = `<p>${fix.text}</p>${html}`;
        break;
      case 'insertClosing': {
        const at = html.indexOf(`<div id="${SIGNATURE_MARKER}"`);
        m.bodyHtml = at < 0 ? `${html}<p>${fix.text}</p>` : `${html.slice(0, at)}<p>${fix.text}</p>${html.slice(at)}`;
        break;
      }
      case 'insertSignature':
        m.bodyHtml = html + buildSignature(context.config, context.profile, fix.variant, context.lang).html;
        break;
      case 'moveToBcc':
        Object.assign(m, moveToBcc(m, fix.addresses, fix.toWhenEmpty));
        break;
      case 'replaceText':
        if (fix.field === 'subject') m.subject = m.subject.replace(fix.from, fix.to);
        else m.bodyHtml = html.replace(fix.from, fix.to);
        break;
      case 'setSubject':
        m.subject = fix.text;
        break;
    }
  }

  async insertTemplate(build: (message: MailMessage) => TemplateText): Promise<void> {
    this.check('insertTemplate');
    const template = build({ ...JSON.parse(JSON.stringify(this.message)), sender: { ...this.profile } });
    this.templates.push(template);
    this.message.bodyHtml = placeTemplate(openBody('html', this.message.bodyHtml ?? ''), template);
  }

  async insertSentence(text: string): Promise<SentencePlace> {
    this.check('insertSentence');
    this.sentences.push({ text, place: this.sentencePlace });
    return this.sentencePlace;
  }

  async snapshot(): Promise<MessageSnapshot> {
    this.check('snapshot');
    const m = this.message;
    return JSON.parse(JSON.stringify({ format: 'html', body: m.bodyHtml ?? '', subject: m.subject, to: m.to, cc: m.cc, bcc: m.bcc })) as MessageSnapshot;
  }

  async restore(snapshot: MessageSnapshot, expected?: MessageSnapshot): Promise<void> {
    this.check('restore');
    if (expected && JSON.stringify(await this.snapshot()) !== JSON.stringify(expected)) throw new OfficeCallError('restore', 'changed', 'restore: the message has changed since; nothing was undone');
    this.restored.push(snapshot);
    Object.assign(this.message, { bodyHtml: snapshot.body, subject: snapshot.subject, to: snapshot.to, cc: snapshot.cc, bcc: snapshot.bcc });
  }

  async loadIgnored(): Promise<string[]> {
    return [...(this.ignored ?? [])];
  }

  async saveIgnored(ids: readonly string[]): Promise<void> {
    this.check('saveIgnored');
    if (!this.ignored) throw new OfficeCallError('sessionData.setAsync', 'unsupported', 'sessionData.setAsync: no session data');
    this.ignored = [...ids];
  }

  ignoresReachSend(): boolean {
    return this.ignored !== undefined;
  }

  async loadProfile(): Promise<SenderProfile> {
    this.check('loadProfile');
    return { ...this.profile };
  }

  async saveProfile(profile: SenderProfile): Promise<void> {
    this.check('saveProfile');
    this.saved.push(profile);
    this.profile = { ...profile };
  }

  subscribe(onChange: () => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  /** The clerk edits the message: Outlook notifies the pane. */
  edit(change: Partial<MailMessage>): void {
    Object.assign(this.message, change);
    for (const l of this.listeners) l();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  displayLanguage(): string {
    return this.language;
  }

  readonly themeListeners = new Set<(theme: { bodyBackgroundColor?: string }) => void>();

  onThemeChange(listener: (theme: { bodyBackgroundColor?: string }) => void): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }

  /** The clerk switches Office's theme while the pane is open. */
  changeTheme(theme: { bodyBackgroundColor?: string }): void {
    this.officeTheme = theme;
    for (const l of this.themeListeners) l(theme);
  }

  theme(): { bodyBackgroundColor?: string } | undefined {
    return this.officeTheme;
  }
}

export const ORGANIZATION = { name: 'Starostwo Powiatowe w Nowogrodzie', address: 'ul. Rynek 1, 00-001 Nowogród', accounts: [] };

export const CONFIG: EngineConfig = { ...DEFAULT_CONFIG, organization: ORGANIZATION };

export const PROFILE: SenderProfile = { name: 'Anna Nowak', position: 'inspektor', department: 'Wydział Komunikacji', phone: '+48 22 123 45 67' };

export function policyState(overrides: Partial<PolicyState> = {}, config: Partial<EngineConfig> = {}): PolicyState {
  return { config: { ...CONFIG, ...config }, source: 'remote', organizationName: ORGANIZATION.name, problems: [], ...overrides };
}

/** The office signature as the add-in inserts it, for messages that already carry one. */
export function signatureHtml(profile: SenderProfile = PROFILE): string {
  return buildSignature(CONFIG, profile, 'full', 'pl').html;
}

/** A promise the test resolves by hand. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
