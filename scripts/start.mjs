#!/usr/bin/env node
// `npm start`: builds the CLI and serves the add-in and the preview on https://localhost:PORT
// (3000 unless PORT says otherwise) with webpack-dev-server's self-signed certificate.
// A port that is busy or no port number gives one line on stderr and exit code 2, never a
// stack trace: the port is tried before the build, and the server's own failure is caught too.
import net from 'node:net';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function fail(line) {
  process.stderr.write(`etykieta: ${line}\n`);
  process.exit(2);
}

const raw = process.env.PORT ?? '3000';
const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
if (!(port >= 1 && port <= 65535)) fail(`PORT=${raw} nie jest numerem portu (1–65535) / is not a port number (1-65535)`);
const busy = () => fail(`port ${port} jest zajęty / port ${port} is in use — uruchom z innym / start on another: PORT=${port === 65535 ? 3001 : port + 1} npm start`);

/** Resolves true when nothing listens on host:port (an address family the machine lacks counts as free). */
function isFree(host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (e) => resolve(e.code === 'EADDRNOTAVAIL' || e.code === 'EAFNOSUPPORT' ? true : e.code === 'EADDRINUSE' || e.code === 'EACCES' ? false : true));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

// localhost may be either address family: both must be free.
for (const host of ['127.0.0.1', '::1']) if (!(await isFree(host))) busy();

if (spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' }).status !== 0) fail('budowanie wiersza poleceń nie powiodło się / building the command line failed');

process.env.PORT = String(port);
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const configs = require('../webpack.config.js')({ WEBPACK_SERVE: true }, { mode: 'development' });
const compiler = webpack(configs);
const server = new WebpackDevServer(configs[0].devServer, compiler);
try {
  await server.start();
} catch (e) {
  if (e && e.code === 'EADDRINUSE') busy();
  fail(`serwer nie wystartował / the server did not start: ${e && e.message ? e.message.split('\n')[0] : String(e)}`);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void server.stop().then(() => process.exit(0)));
