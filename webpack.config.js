/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, as webpack-cli loads it (like build/*.cjs) */
/**
 * Builds the task pane and the browser preview into dist/, and, when the lead's launch-event
 * config is present, the launch-event bundle too (one array: webpack builds them side by side).
 * `npm start` serves dist on https://localhost:3000 with a self-signed certificate that the dev
 * server makes itself: no Outlook, no trust store needed. No dev client is injected anywhere,
 * since the launch-event bundle must stay a single plain file.
 */
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { SizeBudgetPlugin } = require('./build/size-budget.cjs');

const root = __dirname;
const dist = path.join(root, 'dist');
const exists = (p) => fs.existsSync(path.join(root, p));
// `PORT=N npm start` serves on another port (scripts/start.mjs checks it first).
const DEV_PORT = Number(process.env.PORT) || 3000;
const PREVIEW_URL = `https://localhost:${DEV_PORT}/preview.html`;

function uiConfig(env, argv) {
  const production = argv.mode === 'production';
  const entry = { preview: './src/preview/preview.tsx' };
  const pages = [new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'], scriptLoading: 'defer' })];
  // The task pane's entry is written by another part of the project; until it lands the preview still builds.
  if (exists('src/taskpane/index.tsx')) {
    entry.taskpane = './src/taskpane/index.tsx';
    pages.push(new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }));
  }
  const copies = [
    { from: 'assets', to: 'assets' },
    { from: 'src/preview/policy-broken.json', to: 'preview-policy-broken.json' },
    { from: 'src/help/help.html', to: 'help.html' },
    // The PESEL register's first-name table, loaded beside policy.json (src/policy/first-names.ts).
    { from: 'src/engine/rules/data/first-names.txt', to: 'first-names.txt' },
  ];
  // The preview's example policy gets its own name: a production dist/ must never carry a
  // policy.json the office did not write (the task pane would load it as the office's policy).
  const hasPolicy = exists('examples/policy.gmina.json');
  if (hasPolicy) copies.push({ from: 'examples/policy.gmina.json', to: 'preview-policy.json' });

  return {
    name: 'ui',
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    entry,
    output: {
      path: dist,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      // Stale bundles go; the files of the launch-event build (same folder, built alongside) stay.
      clean: { keep: /^(launchevent\.|commands\.html|manifest\.|color\.png|outline\.png|etykieta-app\.zip|\.well-known)/ },
    },
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json'), compilerOptions: { noEmit: false } } } }],
    },
    // One file per page: the task pane's budget then counts exactly what the task pane loads.
    optimization: { splitChunks: false },
    performance: { hints: false },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({ patterns: copies }),
      new SizeBudgetPlugin({ entry: 'taskpane', budgetKb: 200 }),
      // English is loaded when it is shown (src/taskpane/language-pack.ts): the table the engine's
      // format.ts imports becomes an empty placeholder, so a Polish clerk's pane (the default) does not
      // carry it. The language pack's own import, and the preview's, still get the real table.
      new webpack.NormalModuleReplacementPlugin(/^\.\/en$/, (resource) => {
        if (/[\\/]engine[\\/]i18n[\\/]format\.ts$/.test(resource.contextInfo?.issuer ?? '')) resource.request = path.join(root, 'src/taskpane/english-placeholder.ts');
      }),
      // Without an example policy the preview runs on the defaults, with no failed fetch to report.
      new webpack.DefinePlugin({ __PREVIEW_POLICY__: JSON.stringify(hasPolicy ? 'preview-policy.json' : '') }),
    ],
    devServer: {
      server: 'https',
      port: DEV_PORT,
      host: 'localhost',
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      static: { directory: dist, watch: false },
      devMiddleware: { writeToDisk: true },
      headers: { 'Cache-Control': 'no-store' },
      onListening(devServer) {
        let told = false;
        devServer.compiler.hooks.done.tap('EtykietaPreviewUrl', (stats) => {
          if (told || stats.hasErrors()) return;
          told = true;
          setImmediate(() => console.log(`\nEtykieta preview: ${PREVIEW_URL}\n`));
        });
      },
    },
  };
}

/** A setting the build cannot use (ADDIN_BASE_URL, ADDIN_VERSION) is one line and exit code 2, not a stack trace. */
function settingOrExit(make) {
  try {
    return make();
  } catch (e) {
    if (e && e.name !== 'BuildSettingError') throw e;
    process.stderr.write(`build: ${e.message}\n`);
    process.exit(2);
  }
}

module.exports = (env = {}, argv = {}) => {
  const configs = [uiConfig(env, argv)];
  if (exists('build/webpack.launchevent.cjs')) configs.push(settingOrExit(() => require('./build/webpack.launchevent.cjs')(env, argv)));
  return configs;
};
