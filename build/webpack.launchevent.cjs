/**
 * The launch-event bundle (OnNewMessageCompose, OnMessageSend): one file, ES2016 syntax, no
 * React, no dynamic import, ≤ 60 KB gzip with the whole rule catalogue (the send check runs
 * every rule the pane runs). Also emits its HTML runtime page, the manifest with the add-in's
 * URLs, the unified manifest made from it (build/unified-manifest.cjs) and the .well-known
 * allow-list for the JavaScript runtime's CORS.
 */
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const { transformSync } = require('esbuild');
const acorn = require('acorn');
const acornWalk = require('acorn-walk');
const { addinBaseUrl, addinVersion } = require('./addin-url.cjs');
const { productionManifest, allowedOriginsFile } = require('./manifest.cjs');
const { unifiedManifestFiles, appPackage } = require('./unified-manifest.cjs');
const { SizeBudgetPlugin } = require('./size-budget.cjs');

/** What an administrator uploads in Integrated Apps (the unified manifest's app package). */
const APP_PACKAGE = 'etykieta-app.zip';

const root = path.resolve(__dirname, '..');

/**
 * esbuild leaves some regex literals with ES2018 syntax (`/[\p{L}]/u`) in place; an ES2016 parser
 * rejects the whole file for one of them. Each such literal becomes `new RegExp(source, flags)`,
 * which parses everywhere (the engine behind it decides at run time).
 */
function regexLiteralsToConstructors(code) {
  const modern = (regex) => /\\[pP]\{|\(\?<[=!]|\(\?<[A-Za-z]/.test(regex.pattern) || /[sdv]/.test(regex.flags);
  const edits = [];
  acornWalk.simple(acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' }), {
    Literal(node) {
      if (node.regex && modern(node.regex)) edits.push([node.start, node.end, `new RegExp(${JSON.stringify(node.regex.pattern)},${JSON.stringify(node.regex.flags)})`]);
    },
  });
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return out;
}

/**
 * Lowers (and in production minifies) the finished bundle to ES2016 syntax in one pass: async/await, object spread, optional
 * chaining and `??` become ES2016 code, and regex literals with newer features become
 * `new RegExp` calls, so classic Outlook's JavaScript-only runtime can parse the file.
 */
class LowerToEs2016Plugin {
  constructor(minify) {
    this.minify = minify;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LowerToEs2016', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LowerToEs2016', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith('.js'))) {
          const { code: lowered } = transformSync(assets[name].source().toString(), { loader: 'js', target: 'es2016', minify: this.minify, supported: { 'dynamic-import': false } });
          const code = regexLiteralsToConstructors(lowered);
          // minimized: terser re-runs on updated assets and would undo the lowering of regex literals.
          compilation.updateAsset(name, new webpack.sources.RawSource(code), { minimized: true });
        }
      });
    });
  }
}

class LaunchEventAssetsPlugin {
  constructor(baseUrl, version) {
    this.baseUrl = baseUrl;
    this.version = version;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LaunchEventAssets', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'LaunchEventAssets', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const { RawSource } = webpack.sources;
        const manifest = productionManifest(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), this.baseUrl, this.version);
        compilation.emitAsset('manifest.xml', new RawSource(manifest));
        compilation.emitAsset('commands.html', new RawSource(fs.readFileSync(path.join(root, 'src/launchevent/commands.html'), 'utf8')));
        compilation.emitAsset('.well-known/microsoft-officeaddins-allowed.json', new RawSource(allowedOriginsFile(this.baseUrl)));
        // The unified manifest and its upload package, made from the manifest.xml just written.
        const unified = await unifiedManifestFiles(manifest, root);
        for (const [name, bytes] of Object.entries(unified)) compilation.emitAsset(name, new RawSource(bytes));
        compilation.emitAsset(APP_PACKAGE, new RawSource(appPackage(unified)));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  // Both read when the config is made, so a bad value stops the build before anything is compiled.
  const baseUrl = addinBaseUrl(env, argv);
  const version = addinVersion();
  return {
    name: 'launchevent',
    mode: argv.mode || 'development',
    target: ['web', 'es2016'],
    entry: { launchevent: path.join(root, 'src/launchevent/launchevent.ts') },
    output: { path: path.join(root, 'dist'), filename: '[name].js', iife: true, chunkFormat: false, chunkLoading: false, asyncChunks: false, environment: { arrowFunction: false, const: false, destructuring: false, forOf: false, optionalChaining: false, templateLiteral: false } },
    devtool: false,
    // The body is read as text in this runtime (src/launchevent/on-send.ts), so the HTML parser stays out.
    resolve: { extensions: ['.ts', '.js'], alias: { [path.join(root, 'src/engine/parse/html')]: path.join(root, 'src/launchevent/no-html.ts') } },
    module: {
      rules: [
        { test: /\.[cm]?[jt]s$/, use: path.join(__dirname, 'esbuild-loader.cjs') },
        // Loaders run bottom-up: docs are blanked on the TypeScript source, then esbuild lowers it.
        { test: /[\\/]src[\\/]engine[\\/]rules[\\/][^\\/]+\.ts$/, use: path.join(__dirname, 'strip-rule-docs-loader.cjs') },
      ],
    },
    // Terser minifies (and drops dead code) first; LowerToEs2016Plugin lowers afterwards, because
    // terser would turn esbuild's `new RegExp('\\p{L}', 'u')` back into a literal ES2016 rejects.
    optimization: { splitChunks: false, runtimeChunk: false, minimize: argv.mode === 'production' },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __ADDIN_BASE_URL__: JSON.stringify(baseUrl) }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      // Only the signature placeholders and the send dialog's texts: the pane's and the rules' full texts stay out.
      new webpack.NormalModuleReplacementPlugin(/[\\/]engine[\\/]i18n[\\/](pl|en)\.ts$/, (resource) => {
        resource.createData.resource = resource.createData.resource.replace(/[\\/](pl|en)\.ts$/, (_m, lang) => `${path.sep}launchevent-${lang}.ts`);
      }),
      new LowerToEs2016Plugin(argv.mode === 'production'),
      new LaunchEventAssetsPlugin(baseUrl, version),
      new SizeBudgetPlugin({ entry: 'launchevent', budgetKb: 60, extensions: ['.js'] }),
    ],
  };
};
