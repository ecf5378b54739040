/**
 * The launch-event bundle (OnNewMessageCompose, OnMessageSend): one file, ES2016 syntax, no
 * React, no dynamic import, ≤ 30 KB gzip. Also emits its HTML runtime page, the manifest with
 * the add-in's URLs and the .well-known allow-list for the JavaScript runtime's CORS.
 */
const path = require('path');
const fs = require('fs');
const zlib = require('zlib');
const webpack = require('webpack');
const { addinBaseUrl } = require('./addin-url.cjs');
const { productionManifest, allowedOriginsFile } = require('./manifest.cjs');

const LAUNCHEVENT_BUDGET = 30 * 1024;
const root = path.resolve(__dirname, '..');

class LaunchEventAssetsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LaunchEventAssets', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LaunchEventAssets', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { RawSource } = webpack.sources;
        const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
        compilation.emitAsset('manifest.xml', new RawSource(productionManifest(manifest, this.baseUrl, process.env.ADDIN_VERSION)));
        compilation.emitAsset('commands.html', new RawSource(fs.readFileSync(path.join(root, 'src/launchevent/commands.html'), 'utf8')));
        compilation.emitAsset('.well-known/microsoft-officeaddins-allowed.json', new RawSource(allowedOriginsFile(this.baseUrl)));
      });
      compilation.hooks.processAssets.tap({ name: 'LaunchEventBudget', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const source = assets['launchevent.js'];
        if (!source) return;
        const gzip = zlib.gzipSync(Buffer.from(source.source())).length;
        const line = `launch-event bundle: ${(gzip / 1024).toFixed(1)} KB gzip (budget ${LAUNCHEVENT_BUDGET / 1024} KB)`;
        if (compiler.options.mode === 'production' && gzip > LAUNCHEVENT_BUDGET) compilation.errors.push(new webpack.WebpackError(`${line}: over budget`));
        else console.log(line);
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const baseUrl = addinBaseUrl(env, argv);
  return {
    name: 'launchevent',
    mode: argv.mode || 'development',
    target: ['web', 'es2016'],
    entry: { launchevent: path.join(root, 'src/launchevent/launchevent.ts') },
    output: { path: path.join(root, 'dist'), filename: '[name].js', iife: true, chunkFormat: false, chunkLoading: false, asyncChunks: false, environment: { arrowFunction: false, const: false, destructuring: false, forOf: false, optionalChaining: false, templateLiteral: false } },
    devtool: false,
    // The body is read as text in this runtime (src/launchevent/on-send.ts), so the HTML parser stays out.
    resolve: { extensions: ['.ts', '.js'], alias: { htmlparser2$: path.join(root, 'src/launchevent/no-html-parser.ts') } },
    module: {
      rules: [
        { test: /\.[cm]?[jt]s$/, use: path.join(__dirname, 'esbuild-loader.cjs') },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false, minimize: argv.mode === 'production' },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __ADDIN_BASE_URL__: JSON.stringify(baseUrl) }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      // Only the rules' and the send check's texts: the task pane's texts are not needed here.
      new webpack.NormalModuleReplacementPlugin(/[\\/]engine[\\/]i18n[\\/](pl|en)\.ts$/, (resource) => {
        resource.createData.resource = resource.createData.resource.replace(/[\\/](pl|en)\.ts$/, (_m, lang) => `${path.sep}engine-${lang}.ts`);
      }),
      new LaunchEventAssetsPlugin(baseUrl),
    ],
  };
};
