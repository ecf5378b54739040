/**
 * What an office downloads: the built add-in as one versioned zip of dist/ (the files to host),
 * the manifests to upload beside it (XML, and the unified manifest's app package), the CLI as an npm tarball, and SHA256SUMS over all three so
 * the download can be checked with `sha256sum -c SHA256SUMS`. The zip is deterministic (sorted
 * entries, a fixed timestamp): the same dist/ always gives the same bytes and the same checksum.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { zipSync } = require('fflate');

/** Files of dist/ that are not part of a deployment: the browser preview and its example policies. */
const NOT_DEPLOYED = /^(preview[.-]|.*\.map$)/;
// 2000-01-01 00:00 UTC, or SOURCE_DATE_EPOCH when a build system sets one (reproducible builds).
const FIXED_TIME = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.UTC(2000, 0, 1));

function filesUnder(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesUnder(path.join(dir, entry.name), rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** The relative paths of dist/ that the release zip carries, sorted. */
function deployedFiles(dist) {
  return filesUnder(dist)
    .filter((rel) => !NOT_DEPLOYED.test(path.posix.basename(rel)))
    .sort();
}

function zipDist(dist) {
  const entries = {};
  for (const rel of deployedFiles(dist)) entries[rel] = [fs.readFileSync(path.join(dist, rel)), { mtime: FIXED_TIME }];
  return Buffer.from(zipSync(entries, { level: 9 }));
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

/**
 * Writes `etykieta-<version>.zip`, the manifests to upload (manifest.xml, etykieta-app.zip) and SHA256SUMS (plus any extra files already in
 * `out`, e.g. the npm tarball) into `out`; returns the names and their checksums.
 */
/** What an admin uploads, copied beside the zip: the XML manifest and the unified manifest's app package. */
const UPLOADS = ['manifest.xml', 'etykieta-app.zip'];

function packageRelease({ dist, out, version, extra = [] }) {
  if (!fs.existsSync(path.join(dist, 'manifest.xml'))) throw new Error(`${dist} holds no manifest.xml: build first`);
  fs.mkdirSync(out, { recursive: true });
  const zipName = `etykieta-${version}.zip`;
  fs.writeFileSync(path.join(out, zipName), zipDist(dist));
  const uploads = UPLOADS.filter((name) => fs.existsSync(path.join(dist, name)));
  for (const name of uploads) fs.copyFileSync(path.join(dist, name), path.join(out, name));
  const names = [zipName, ...uploads, ...extra].sort();
  const sums = names.map((name) => ({ name, sha256: sha256(fs.readFileSync(path.join(out, name))) }));
  fs.writeFileSync(path.join(out, 'SHA256SUMS'), sums.map((s) => `${s.sha256}  ${s.name}\n`).join(''));
  return { zip: zipName, sums };
}

module.exports = { packageRelease, deployedFiles, zipDist, sha256 };
