/**
 * The unified manifest (manifest.json) for offices that deploy through Integrated Apps, made from
 * the built manifest.xml by Microsoft's office-addin-manifest-converter, so the two manifests
 * cannot drift. Offline and deterministic: the converter downloads nothing (its image download is
 * off; the icons are our own files) and writes nothing; the build emits what it returns.
 *
 * What the converter leaves for us to finish, each checked so that a newer converter or manifest
 * cannot slip through silently:
 * - it does not know OnMessageFromChanged and copies the XML name; the unified name is
 *   `messageFromChanged` (Microsoft's event tables). Any other event it cannot name stops the build.
 * - it cuts a description over 80 characters to "<TRUNCATED>…": manifest.xml's Description fits
 *   (pl and en); a cut text stops the build instead of shipping.
 * - it points the icons at the XML's 64/128 px images; the unified manifest wants a 192 px colour
 *   icon and a 32 px white outline (assets/color-192.png, assets/outline-32.png).
 * The app package to upload is etykieta-app.zip: manifest.json, its locale file and the two icons.
 */
const fs = require('fs');
const path = require('path');
const { zipSync } = require('fflate');

const ICONS = { color: 'color.png', outline: 'outline.png' };
const ICON_SOURCES = { 'color.png': 'assets/color-192.png', 'outline.png': 'assets/outline-32.png' };
/** XML launch events the converter (0.4.x) cannot name, and their unified-manifest names. */
const EVENT_NAMES = { OnMessageFromChanged: 'messageFromChanged' };
// 2000-01-01 00:00 UTC: the same files always give the same zip (as build/release.cjs does).
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

function finishEvents(manifest) {
  for (const extension of manifest.extensions ?? []) {
    for (const group of extension.autoRunEvents ?? []) {
      for (const event of group.events ?? []) {
        if (EVENT_NAMES[event.type]) event.type = EVENT_NAMES[event.type];
        else if (/^On[A-Z]/.test(event.type)) throw new Error(`the manifest converter cannot name the launch event ${event.type} for manifest.json`);
      }
    }
  }
}

/**
 * manifest.xml (already with the add-in's URLs) -> the files of the unified app package:
 * { 'manifest.json', 'manifest.<locale>.json', 'color.png', 'outline.png' } as Buffers.
 *
 * The converter's own convert() reads the XML as seen by an en-US user, so manifest.json's
 * default texts (tagged pl-pl) would be the English overrides; its Converter class takes the
 * locale, and is given the manifest's DefaultLocale. It then writes no file: we emit the results.
 */
async function unifiedManifestFiles(xml, root) {
  // Loaded here, not at the top: the converter is only needed when a manifest is built.
  const { Converter } = require('office-addin-manifest-converter/lib/converter');
  const { Utilities } = require('office-addin-manifest-converter/lib/utilities');
  Utilities.setUpOSFAppTelemetry();
  Utilities.setInputXmlFilePath('manifest.xml');
  Utilities.setDownloadImages(false);
  Utilities.setWriteImageUrls(true);
  Utilities.setVerbosity(false);
  const defaultLocale = (/<DefaultLocale>([^<]*)<\/DefaultLocale>/.exec(xml) || [])[1];
  if (!defaultLocale) throw new Error('manifest.xml has no DefaultLocale');
  const converter = new Converter(xml, defaultLocale.trim());
  await converter.convert();
  const manifest = converter.getJSON();
  const locales = converter.getLocaleBuilder();
  const files = {};
  finishEvents(manifest);
  manifest.icons = { ...ICONS };
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const name = `manifest.${language.languageTag}.json`;
    files[name] = Buffer.from(`${JSON.stringify(locales.getLocaleFileResources(language.languageTag), null, 2)}\n`);
    language.file = name;
  }
  files['manifest.json'] = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, text] of Object.entries(files)) {
    if (text.includes('<TRUNCATED>')) throw new Error(`${name}: the manifest converter cut a text over its limit (manifest.xml's Description must be at most 80 characters in every language)`);
  }
  for (const [name, source] of Object.entries(ICON_SOURCES)) files[name] = fs.readFileSync(path.join(root, source));
  return files;
}

/** The package an administrator uploads in Integrated Apps: the files side by side, sorted, fixed times. */
function appPackage(files) {
  const entries = {};
  for (const name of Object.keys(files).sort()) entries[name] = [files[name], { mtime: FIXED_TIME }];
  return Buffer.from(zipSync(entries, { level: 9 }));
}

module.exports = { unifiedManifestFiles, appPackage, EVENT_NAMES };
