import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateManifest } from '../../src/manifest/validate';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest, allowedOriginsFile } = require('../../build/manifest.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBaseUrl } = require('../../build/addin-url.cjs');

const xml = readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  test('passes the offline structural check and names the launch-event functions', () => {
    const report = validateManifest(xml);
    expect(report.problems).toEqual([]);
    expect(report.functionNames.sort()).toEqual(['onMessageFromChangedHandler', 'onMessageSendHandler', 'onNewMessageComposeHandler']);
  });

  test('uses SoftBlock for OnMessageSend and DefaultMinVersion 1.5, the most Outlook on iOS and Android supports', () => {
    expect(xml).toMatch(/<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"/);
    expect(xml).toMatch(/<bt:Sets DefaultMinVersion="1.5">/);
  });

  test('declares the mobile form factor: the signature events through the HTML runtime, no Smart Alerts', () => {
    const mobile = xml.slice(xml.indexOf('<MobileFormFactor>'), xml.indexOf('</MobileFormFactor>'));
    expect(mobile).toMatch(/<ExtensionPoint xsi:type="LaunchEvent">/);
    expect(mobile).toMatch(/<LaunchEvent Type="OnNewMessageCompose" FunctionName="onNewMessageComposeHandler" \/>/);
    expect(mobile).toMatch(/<LaunchEvent Type="OnMessageFromChanged" FunctionName="onMessageFromChangedHandler" \/>/);
    expect(mobile).toMatch(/<SourceLocation resid="WebViewRuntime.Url" \/>/);
    expect(mobile).not.toMatch(/OnMessageSend|CommandSurface/);
    expect(xml.indexOf('</DesktopFormFactor>')).toBeLessThan(xml.indexOf('<MobileFormFactor>'));
  });

  test('the production manifest points every URL at ADDIN_BASE_URL, https only, no localhost', () => {
    const prod = productionManifest(xml, 'https://addins.example.gov.pl/etykieta/', '1.2.0.0');
    const report = validateManifest(prod, { production: true });
    expect(report.problems).toEqual([]);
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain('<Version>1.2.0.0</Version>');
    expect(prod).toContain('<AppDomain>https://addins.example.gov.pl</AppDomain>');
    expect(report.urls.every((u: string) => u.startsWith('https://addins.example.gov.pl/etykieta/'))).toBe(true);
  });

  test('the .well-known file lists the launch-event script for classic Outlook\'s CORS', () => {
    expect(JSON.parse(allowedOriginsFile('https://addins.example.gov.pl/etykieta/'))).toEqual({ allowed: ['https://addins.example.gov.pl/etykieta/launchevent.js'] });
  });

  test.each([
    [{ ADDIN_BASE_URL: undefined }, { mode: 'production' }, /ADDIN_BASE_URL is not set/],
    [{ ADDIN_BASE_URL: 'http://addins.example.gov.pl/' }, { mode: 'production' }, /must use https/],
    [{ ADDIN_BASE_URL: 'not a url' }, { mode: 'production' }, /not a URL/],
  ])('a production build refuses %j', (envVars, argv, message) => {
    const saved = process.env.ADDIN_BASE_URL;
    if (envVars.ADDIN_BASE_URL === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = envVars.ADDIN_BASE_URL;
    try {
      expect(() => addinBaseUrl({}, argv)).toThrow(message);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });

  test('development and local builds use https://localhost:3000/', () => {
    const saved = process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_BASE_URL;
    try {
      expect(addinBaseUrl({}, { mode: 'development' })).toBe('https://localhost:3000/');
      expect(addinBaseUrl({ local: true }, { mode: 'production' })).toBe('https://localhost:3000/');
    } finally {
      if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
    }
  });
});

describe('validateManifest finds what Outlook would reject', () => {
  const broken = (from: string | RegExp, to: string) => validateManifest(xml.replace(from, to)).problems.map((p) => `${p.path}: ${p.message}`).join('\n');

  test.each<[string, string | RegExp, string, RegExp]>([
    ['an Id that is not a GUID', /<Id>[^<]+<\/Id>/, '<Id>etykieta</Id>', /Id: must be a GUID/],
    ['a bad Version', /<Version>[^<]+<\/Version>/, '<Version>v1</Version>', /Version: must be/],
    ['no ProviderName', /<ProviderName>[^<]+<\/ProviderName>/, '<ProviderName></ProviderName>', /ProviderName: is required/],
    ['an http URL', '<bt:Url id="Taskpane.Url" DefaultValue="https://', '<bt:Url id="Taskpane.Url" DefaultValue="http://', /must be https: http:\/\/localhost:3000\/taskpane.html/],
    ['a resid that resolves to nothing', '<SourceLocation resid="Taskpane.Url" />', '<SourceLocation resid="Nope.Url" />', /resid "Nope.Url" does not resolve to a bt:Url/],
    ['an icon resid that resolves to nothing', 'resid="Icon.32x32"', 'resid="Icon.33x33"', /does not resolve to a bt:Image/],
    ['a missing OnMessageSend', /<LaunchEvent Type="OnMessageSend"[^>]*\/>/, '', /OnMessageSend is missing/],
    ['a missing OnMessageFromChanged (shared mailboxes)', /<LaunchEvent Type="OnMessageFromChanged"[^>]*\/>/, '', /OnMessageFromChanged is missing/],
    ['a bad SendMode', 'SendMode="SoftBlock"', 'SendMode="Soft"', /SendMode must be one of/],
    ['a FunctionName that is no identifier', 'FunctionName="onMessageSendHandler"', 'FunctionName="on-send"', /FunctionName must be a JavaScript identifier/],
    ['no JavaScript override for classic Outlook', /<Override type="javascript" resid="JSRuntime.Url" \/>/, '', /Override type="javascript"/],
    ['a DefaultMinVersion below V1_1\'s own set', 'DefaultMinVersion="1.5"', 'DefaultMinVersion="1.3"', /at least 1.5/],
    ['a DefaultMinVersion that mobile cannot meet', 'DefaultMinVersion="1.5"', 'DefaultMinVersion="1.14"', /hides the add-in from Outlook on iOS and Android/],
    ['no mobile form factor', /<MobileFormFactor>[\s\S]*<\/MobileFormFactor>/, '', /MobileFormFactor with a LaunchEvent extension point is missing/],
    ['Smart Alerts declared on mobile', '<LaunchEvent Type="OnMessageFromChanged" FunctionName="onMessageFromChangedHandler" />\n              </LaunchEvents>', '<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock" />\n              </LaunchEvents>', /MobileFormFactor\/LaunchEvent\[@Type=OnMessageSend\]: is not raised by Outlook on iOS and Android/],
    ['mobile without the compose signature', /(<MobileFormFactor>[\s\S]*?)<LaunchEvent Type="OnNewMessageCompose"[^>]*\/>/, '$1', /MobileFormFactor\/LaunchEvents: OnNewMessageCompose is missing/],
    ['a V1_1 override missing', 'xsi:type="VersionOverridesV1_1"', 'xsi:type="VersionOverridesV1_2"', /VersionOverridesV1_1/],
    ['XML that is not well-formed', '</OfficeApp>', '', /not well-formed/],
  ])('%s', (_name, from, to, expected) => {
    expect(broken(from, to)).toMatch(expected);
  });
});
