/**
 * Where the add-in is served from. Development and the tests use https://localhost:3000/;
 * a production build needs ADDIN_BASE_URL=https://… and fails on http or a missing value.
 */
const LOCAL_BASE_URL = 'https://localhost:3000/';

function addinBaseUrl(env = {}, argv = {}) {
  const fromEnv = process.env.ADDIN_BASE_URL;
  const production = argv.mode === 'production' && !env.local;
  if (!fromEnv) {
    if (production) throw new Error('ADDIN_BASE_URL is not set: run `ADDIN_BASE_URL=https://your.host/etykieta/ npm run build` (or `npm run build:local` for a localhost build)');
    return LOCAL_BASE_URL;
  }
  let url;
  try {
    url = new URL(fromEnv);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${fromEnv}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must use https:// (Outlook loads add-ins only over https), got ${fromEnv}`);
  return url.toString().replace(/\/?$/, '/');
}

module.exports = { addinBaseUrl, LOCAL_BASE_URL };
