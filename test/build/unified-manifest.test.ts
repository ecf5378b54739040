/**
 * The unified manifest (manifest.json) that the build makes from manifest.xml with Microsoft's
 * converter, validated offline against Microsoft's schema from @microsoft/app-manifest: the
 * development one (as `npm test`'s build writes it into dist/) and one for a production base URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { schemaProblems } from './app-manifest-schema';

/* eslint-disable @typescript-eslint/no-require-imports -- build/*.cjs are CommonJS, as webpack loads them */
const { unifiedManifestFiles, appPackage } = require('../../build/unified-manifest.cjs');
const { productionManifest } = require('../../build/manifest.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, '../..');
const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://addins.example.gov.pl/etykieta/';

type Files = Record<string, Buffer>;
type Manifest = {
  manifestVersion: string;
  version: string;
  id: string;
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  validDomains: string[];
  extensions: { autoRunEvents: { requirements: { formFactors: string[] }; events: { type: string; actionId: string; options?: { sendMode: string } }[] }[] }[];
};

const json = (files: Files, name: string) => JSON.parse(files[name].toString('utf8'));
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** Every http(s) request and fetch fails the test: the conversion must stay offline. */
async function offline<T>(work: () => Promise<T>): Promise<T> {
  const refuse = () => {
    throw new Error('the manifest conversion tried to use the network');
  };
  const spies = [jest.spyOn(http, 'request').mockImplementation(refuse), jest.spyOn(https, 'request').mockImplementation(refuse), jest.spyOn(http, 'get').mockImplementation(refuse), jest.spyOn(https, 'get').mockImplementation(refuse)];
  const savedFetch = globalThis.fetch;
  globalThis.fetch = refuse as typeof fetch;
  try {
    return await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
    globalThis.fetch = savedFetch;
  }
}

describe('manifest.json for a production base URL', () => {
  let files: Files;
  let manifest: Manifest;
  beforeAll(async () => {
    files = await offline(() => unifiedManifestFiles(productionManifest(xml, BASE, '1.2.0.0'), ROOT));
    manifest = json(files, 'manifest.json');
  });

  test('is valid against the schema of its manifestVersion, and so is its locale file', () => {
    expect(schemaProblems(manifest)).toEqual([]);
    const locale = json(files, 'manifest.en-us.json');
    expect(schemaProblems(locale, 'MicrosoftTeams.Localization.schema.json', manifest.manifestVersion)).toEqual([]);
    // The schema does bite: a short description over 80 characters or an unknown field is refused.
    expect(schemaProblems({ ...manifest, description: { ...manifest.description, short: 'x'.repeat(81) } })).toEqual([expect.stringMatching(/^\/description\/short: .*80/)]);
    expect(schemaProblems({ ...manifest, colour: 'red' } as Manifest)).toEqual([expect.stringMatching(/additional properties/)]);
  });

  test('carries the base URL everywhere, never localhost, and the XML manifest\'s id and version', () => {
    const text = files['manifest.json'].toString('utf8');
    expect(text).not.toMatch(/localhost/i);
    expect(text).toContain(`${BASE}commands.html`);
    expect(text).toContain(`${BASE}launchevent.js`);
    expect(text).toContain(`${BASE}taskpane.html`);
    expect(manifest.validDomains).toEqual(['https://addins.example.gov.pl']);
    expect(manifest.id).toBe(/<Id>([^<]+)<\/Id>/.exec(xml)![1]);
    expect(manifest.version).toBe('1.2.0');
  });

  test('the short description fits 80 characters in Polish (default) and English, uncut', () => {
    const pl = /<Description DefaultValue="([^"]+)"/.exec(xml)![1];
    const en = /<Description [^>]*>\s*<Override Locale="en-US" Value="([^"]+)"/.exec(xml)![1];
    expect(pl.length).toBeLessThanOrEqual(80);
    expect(en.length).toBeLessThanOrEqual(80);
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('pl-pl');
    expect(manifest.description.short).toBe(pl);
    expect(json(files, 'manifest.en-us.json')['description.short']).toBe(en);
  });

  test('the launch events have their unified names: desktop with Smart Alerts (soft block), mobile the signature only', () => {
    const groups = manifest.extensions.flatMap((e) => e.autoRunEvents);
    const byForm = (form: string) => groups.filter((g) => g.requirements.formFactors.includes(form)).flatMap((g) => g.events);
    expect(byForm('desktop')).toEqual([
      { type: 'newMessageComposeCreated', actionId: 'onNewMessageComposeHandler' },
      { type: 'messageFromChanged', actionId: 'onMessageFromChangedHandler' },
      { type: 'messageSending', actionId: 'onMessageSendHandler', options: { sendMode: 'softBlock' } },
    ]);
    expect(byForm('mobile')).toEqual([
      { type: 'newMessageComposeCreated', actionId: 'onNewMessageComposeHandler' },
      { type: 'messageFromChanged', actionId: 'onMessageFromChangedHandler' },
    ]);
  });

  test('icons: a 192 px colour icon and a 32 px outline, shipped beside the manifest', () => {
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(pngSize(files['color.png'])).toEqual([192, 192]);
    expect(pngSize(files['outline.png'])).toEqual([32, 32]);
  });

  test('the app package to upload holds exactly the manifest, its locale file and the icons, and is the same bytes every time', async () => {
    const zip = appPackage(files);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['color.png', 'manifest.en-us.json', 'manifest.json', 'outline.png']);
    const again = await unifiedManifestFiles(productionManifest(xml, BASE, '1.2.0.0'), ROOT);
    expect(appPackage(again).equals(zip)).toBe(true);
  });

  test('an event the converter cannot name stops the build instead of shipping the XML name', async () => {
    const odd = productionManifest(xml, BASE).replace('<LaunchEvent Type="OnNewMessageCompose" FunctionName="onNewMessageComposeHandler" />', '<LaunchEvent Type="OnSomethingNew" FunctionName="onNewMessageComposeHandler" />');
    await expect(unifiedManifestFiles(odd, ROOT)).rejects.toThrow('cannot name the launch event OnSomethingNew');
  });

  test('a description the converter would cut stops the build', async () => {
    const long = productionManifest(xml, BASE).replace(/<Description DefaultValue="[^"]+"/, `<Description DefaultValue="${'Bardzo długi opis. '.repeat(6)}"`);
    await expect(unifiedManifestFiles(long, ROOT)).rejects.toThrow('at most 80 characters');
  });
});

describe('dist/manifest.json (the development build that npm test makes)', () => {
  const file = path.join(ROOT, 'dist/manifest.json');

  test('is there and valid against Microsoft\'s schema', () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx webpack --mode production --env local\` (npm test does it first)`);
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    expect(schemaProblems(manifest)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('https://localhost:3000/commands.html');
  });
});
