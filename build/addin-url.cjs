/**
 * Where the add-in is served from. Development and the tests use https://localhost:3000/;
 * a production build needs ADDIN_BASE_URL=https://… and fails on http or a missing value, with a
 * BuildSettingError that the webpack config turns into one line and exit code 2.
 */
const LOCAL_BASE_URL = 'https://localhost:3000/';

/** A setting the build cannot work with: webpack.config.js prints its message as one line and exits 2. */
class BuildSettingError extends Error {
  constructor(message) {
    super(message);
    this.name = 'BuildSettingError';
  }
}

function addinBaseUrl(env = {}, argv = {}) {
  const fromEnv = process.env.ADDIN_BASE_URL;
  const production = argv.mode === 'production' && !env.local;
  if (!fromEnv) {
    if (production) throw new BuildSettingError('ADDIN_BASE_URL is not set: run `ADDIN_BASE_URL=https://your.host/etykieta/ npm run build` (or `npm run build:local` for a localhost build)');
    return LOCAL_BASE_URL;
  }
  let url;
  try {
    url = new URL(fromEnv);
  } catch {
    throw new BuildSettingError(`ADDIN_BASE_URL is not a URL: ${fromEnv}`);
  }
  if (url.protocol !== 'https:') throw new BuildSettingError(`ADDIN_BASE_URL must use https:// (Outlook loads add-ins only over https), got ${fromEnv}`);
  return url.toString().replace(/\/?$/, '/');
}

/** ADDIN_VERSION, when set, is the manifest's Version: up to four numbers. */
function addinVersion() {
  const version = process.env.ADDIN_VERSION;
  if (version && !/^\d+(\.\d+){0,3}$/.test(version)) throw new BuildSettingError(`ADDIN_VERSION must look like 1.0.0.0, got ${version}`);
  return version || undefined;
}

module.exports = { addinBaseUrl, addinVersion, BuildSettingError, LOCAL_BASE_URL };
