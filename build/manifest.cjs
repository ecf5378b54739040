/**
 * Writes dist/manifest.xml from the repository's manifest.xml: every localhost URL rewritten to
 * the add-in's base URL, and an optional Version bump (ADDIN_VERSION=1.2.3.4). Also writes the
 * .well-known file that lets classic Outlook's JavaScript runtime fetch policy.json (contract § 5).
 */
const { LOCAL_BASE_URL } = require('./addin-url.cjs');

function productionManifest(xml, baseUrl, version) {
  // Full URLs first, then the bare origin (AppDomains).
  let out = xml.split(LOCAL_BASE_URL).join(baseUrl).split(LOCAL_BASE_URL.replace(/\/$/, '')).join(new URL(baseUrl).origin);
  if (version) {
    if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`ADDIN_VERSION must look like 1.0.0.0, got ${version}`);
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  }
  const insecure = out.match(/(?:DefaultValue|Value)="(http:[^"]*)"/);
  if (insecure) throw new Error(`manifest would contain a non-https URL: ${insecure[1]}`);
  return out;
}

function allowedOriginsFile(baseUrl) {
  return `${JSON.stringify({ allowed: [`${baseUrl}launchevent.js`] }, null, 2)}\n`;
}

module.exports = { productionManifest, allowedOriginsFile };
