/**
 * Offline structural check of the add-in-only manifest (the online validator is unreachable
 * here and in many offices): the elements and attributes Outlook requires, resource ids that
 * resolve, https everywhere, the launch events Etykieta needs on desktop and on iOS/Android, and a
 * requirement set that mobile can meet. Used by the tests and by `etykieta manifest validate`.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export type ManifestProblem = { path: string; message: string };
export type ManifestOptions = { production?: boolean };
export type ManifestReport = { problems: ManifestProblem[]; functionNames: string[]; urls: string[] };

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const VERSION = /^\d+(\.\d+){0,3}$/;
const PERMISSIONS = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];
const SEND_MODES = ['PromptUser', 'SoftBlock', 'Block'];
const REQUIRED_EVENTS = ['OnNewMessageCompose', 'OnMessageFromChanged', 'OnMessageSend'];
/** The events Outlook on iOS and Android raises (Microsoft's "event-based activation in Outlook mobile"). */
const MOBILE_EVENTS = ['OnNewMessageCompose', 'OnMessageRecipientsChanged', 'OnMessageFromChanged'];
/** Outlook on iOS and Android supports Mailbox 1.5: overrides that ask for more are ignored there. */
const MOBILE_MAX_VERSION = '1.5';

function children(el: Element | null | undefined, name: string): Element[] {
  if (!el) return [];
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}
const child = (el: Element | null | undefined, name: string) => children(el, name)[0];
function descendants(el: Element, name: string): Element[] {
  return Array.from(el.getElementsByTagNameNS('*', name)) as unknown as Element[];
}
const xsiType = (el: Element) => el.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type') ?? el.getAttribute('xsi:type') ?? '';

function versionAtLeast(v: string, min: string): boolean {
  const a = v.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export function validateManifest(xml: string, options: ManifestOptions = {}): ManifestReport {
  const problems: ManifestProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const parseErrors: string[] = [];
  let doc: ReturnType<DOMParser['parseFromString']> | undefined;
  try {
    doc = new DOMParser({ onError: (level, msg) => (level !== 'warning' ? parseErrors.push(msg) : undefined) }).parseFromString(xml, 'text/xml');
  } catch (e) {
    // xmldom throws on fatal errors (e.g. unclosed tags) after reporting them.
    parseErrors.push((e as Error).message);
  }
  if (!doc || parseErrors.length || !doc.documentElement) {
    add('/', `not well-formed XML: ${parseErrors[0] ?? 'no root element'}`);
    return { problems, functionNames: [], urls: [] };
  }
  const root = doc.documentElement as unknown as Element;
  if (root.localName !== 'OfficeApp') add('/', `root element must be OfficeApp, found ${root.localName}`);
  if (xsiType(root) !== 'MailApp') add('/OfficeApp', 'xsi:type must be MailApp for an Outlook add-in');

  const text = (name: string) => child(root, name)?.textContent?.trim() ?? '';
  const defaultValue = (name: string) => child(root, name)?.getAttribute('DefaultValue') ?? '';
  if (!GUID.test(text('Id'))) add('/OfficeApp/Id', 'must be a GUID');
  if (!VERSION.test(text('Version'))) add('/OfficeApp/Version', 'must be n[.n[.n[.n]]]');
  if (!text('ProviderName')) add('/OfficeApp/ProviderName', 'is required');
  if (!text('DefaultLocale')) add('/OfficeApp/DefaultLocale', 'is required');
  for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    if (!defaultValue(name)) add(`/OfficeApp/${name}`, 'DefaultValue is required');
  }
  if (!children(child(root, 'Hosts'), 'Host').some((h) => h.getAttribute('Name') === 'Mailbox')) add('/OfficeApp/Hosts', 'must contain Host Name="Mailbox"');
  if (!descendants(child(root, 'Requirements') ?? root, 'Set').some((s) => s.getAttribute('Name') === 'Mailbox')) add('/OfficeApp/Requirements', 'must name the Mailbox requirement set');
  if (!child(root, 'FormSettings') || !children(child(root, 'FormSettings'), 'Form').length) add('/OfficeApp/FormSettings', 'must contain a Form');
  if (!PERMISSIONS.includes(text('Permissions'))) add('/OfficeApp/Permissions', `must be one of ${PERMISSIONS.join(', ')}`);

  const v10 = child(root, 'VersionOverrides');
  const v11 = child(v10, 'VersionOverrides');
  if (!v10 || xsiType(v10) !== 'VersionOverridesV1_0') add('/OfficeApp/VersionOverrides', 'must be VersionOverridesV1_0');
  if (!v11 || xsiType(v11) !== 'VersionOverridesV1_1') add('/OfficeApp/VersionOverrides/VersionOverrides', 'must be VersionOverridesV1_1 inside V1_0');
  const urls: string[] = [];
  const functionNames: string[] = [];
  if (v11) {
    const sets = child(child(v11, 'Requirements'), 'Sets');
    const min = sets?.getAttribute('DefaultMinVersion') ?? '';
    const host = descendants(v11, 'Host').find((h) => xsiType(h) === 'MailHost');
    const desktop = child(host, 'DesktopFormFactor');
    const mobile = child(host, 'MobileFormFactor');
    if (!VERSION.test(min) || !versionAtLeast(min, '1.5')) add('/…/V1_1/Requirements/Sets', `DefaultMinVersion must be at least 1.5, the set VersionOverrides V1_1 belongs to (found "${min}")`);
    else if (mobile && !versionAtLeast(MOBILE_MAX_VERSION, min)) add('/…/V1_1/Requirements/Sets', `DefaultMinVersion ${min} hides the add-in from Outlook on iOS and Android (they support Mailbox ${MOBILE_MAX_VERSION}); detect newer sets at run time`);
    // Resource ids by kind, so that each reference is checked against the right table.
    const resources = child(v11, 'Resources');
    const ids = (table: string) => new Map(children(child(resources, table), table === 'Images' ? 'Image' : table === 'Urls' ? 'Url' : 'String').map((e) => [e.getAttribute('id') ?? '', e.getAttribute('DefaultValue') ?? '']));
    const images = ids('Images');
    const urlIds = ids('Urls');
    const shortStrings = ids('ShortStrings');
    const longStrings = ids('LongStrings');
    const expect = (el: Element, table: Map<string, string>, kind: string, where: string) => {
      const resid = el.getAttribute('resid') ?? '';
      if (!table.has(resid)) add(where, `resid "${resid}" does not resolve to a ${kind}`);
    };
    for (const el of descendants(v11, 'Image')) if (el.getAttribute('resid') !== null) expect(el, images, 'bt:Image', `Icon image ${el.getAttribute('size')}`);
    for (const el of [...descendants(v11, 'SourceLocation'), ...descendants(v11, 'Runtime'), ...descendants(v11, 'Override').filter((o) => o.getAttribute('type'))]) expect(el, urlIds, 'bt:Url', el.localName ?? '');
    for (const el of [...descendants(v11, 'Label'), ...descendants(v11, 'Title')]) expect(el, shortStrings, 'ShortString', el.localName ?? '');
    for (const el of descendants(v11, 'Description').filter((d) => d.parentNode && (d.parentNode as Element).localName === 'Supertip')) expect(el, longStrings, 'LongString', 'Supertip/Description');

    const runtimes = descendants(v11, 'Runtime');
    if (!runtimes.length) add('/…/Host/Runtimes', 'a Runtime is required for event-based activation');
    if (!runtimes.some((r) => children(r, 'Override').some((o) => o.getAttribute('type') === 'javascript'))) add('/…/Runtimes/Runtime', 'needs <Override type="javascript"> for classic Outlook on Windows');
    const launchPoint = (formFactor: Element | undefined) => children(formFactor, 'ExtensionPoint').find((e) => xsiType(e) === 'LaunchEvent');
    const checkLaunchPoint = (launch: Element, where: string, required: readonly string[], allowed?: readonly string[]) => {
      const events = descendants(launch, 'LaunchEvent');
      for (const type of required) if (!events.some((e) => e.getAttribute('Type') === type)) add(`${where}/LaunchEvents`, `${type} is missing`);
      for (const e of events) {
        const type = e.getAttribute('Type') ?? '';
        if (allowed && !allowed.includes(type)) add(`${where}/LaunchEvent[@Type=${type}]`, `is not raised by Outlook on iOS and Android (they raise ${allowed.join(', ')})`);
        const fn = e.getAttribute('FunctionName') ?? '';
        if (!/^[A-Za-z_$][\w$]*$/.test(fn)) add(`${where}/LaunchEvent[@Type=${type}]`, 'FunctionName must be a JavaScript identifier');
        else if (!functionNames.includes(fn)) functionNames.push(fn);
        if (type === 'OnMessageSend' && !SEND_MODES.includes(e.getAttribute('SendMode') ?? '')) add(`${where}/LaunchEvent[@Type=OnMessageSend]`, `SendMode must be one of ${SEND_MODES.join(', ')}`);
      }
      const source = child(launch, 'SourceLocation')?.getAttribute('resid');
      if (!runtimes.some((r) => r.getAttribute('resid') === source)) add(`${where}/ExtensionPoint[LaunchEvent]/SourceLocation`, 'must name the same resid as the Runtime');
    };
    const desktopLaunch = launchPoint(desktop);
    if (!desktopLaunch) add('/…/DesktopFormFactor', 'LaunchEvent extension point is missing');
    else checkLaunchPoint(desktopLaunch, '/…/DesktopFormFactor', REQUIRED_EVENTS);
    // The signature on iOS and Android: the same handlers, through the HTML runtime.
    const mobileLaunch = launchPoint(mobile);
    if (!mobileLaunch) add('/…/MailHost', 'MobileFormFactor with a LaunchEvent extension point is missing (the signature on Outlook for iOS and Android)');
    else checkLaunchPoint(mobileLaunch, '/…/MobileFormFactor', ['OnNewMessageCompose'], MOBILE_EVENTS);
    const formFactors = [...children(host, 'DesktopFormFactor'), ...children(host, 'MobileFormFactor')].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)).map((e) => e.localName);
    if (formFactors.indexOf('MobileFormFactor') >= 0 && formFactors.indexOf('MobileFormFactor') < formFactors.indexOf('DesktopFormFactor')) add('/…/MailHost', 'MobileFormFactor must follow DesktopFormFactor');
    const controls = descendants(v11, 'Control').map((c) => c.getAttribute('id') ?? '');
    if (new Set(controls).size !== controls.length) add('/…/Control', 'control ids must be unique');
    if (!children(desktop, 'ExtensionPoint').some((e) => xsiType(e) === 'MessageComposeCommandSurface')) add('/…/DesktopFormFactor', 'MessageComposeCommandSurface (the task pane button) is missing');
    urls.push(...images.values(), ...urlIds.values());
  }
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) urls.push(defaultValue(name));
  urls.push(...descendants(child(root, 'FormSettings') ?? root, 'SourceLocation').map((s) => s.getAttribute('DefaultValue') ?? ''));
  for (const url of urls.filter(Boolean)) {
    if (!/^https:\/\//.test(url)) add('URL', `must be https: ${url}`);
    if (options.production && /\/\/(localhost|127\.0\.0\.1)[:/]/.test(url)) add('URL', `production manifest points at localhost: ${url}`);
  }
  for (const domain of children(child(root, 'AppDomains'), 'AppDomain')) {
    const value = domain.textContent?.trim() ?? '';
    if (!/^https:\/\//.test(value)) add('/OfficeApp/AppDomains', `must be https: ${value}`);
    if (options.production && /localhost/.test(value)) add('/OfficeApp/AppDomains', `production manifest points at localhost: ${value}`);
  }
  return { problems, functionNames, urls };
}
