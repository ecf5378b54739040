/**
 * Bundle budget: on a production build, prints the gzip size (-9, as static files are
 * precompressed for serving) of everything one entry point loads (all its chunks, so React and
 * Fluent count too) and fails the build above the budget. A development build is neither
 * minified nor meant to be deployed, so its size says nothing about the budget: it prints nothing.
 * Reusable for any entry: new SizeBudgetPlugin({ entry: 'taskpane', budgetKb: 200 }).
 */
const zlib = require('zlib');
const { Compilation, WebpackError } = require('webpack');

class SizeBudgetPlugin {
  constructor({ entry, budgetKb, extensions = ['.js', '.css'] }) {
    this.entry = entry;
    this.budget = budgetKb * 1024;
    this.extensions = extensions;
  }

  apply(compiler) {
    if (compiler.options.mode !== 'production') return;
    compiler.hooks.thisCompilation.tap('SizeBudget', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'SizeBudget', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) return;
        const files = entrypoint.getFiles().filter((f) => this.extensions.some((ext) => f.endsWith(ext)));
        let gzip = 0;
        for (const file of files) {
          const asset = assets[file];
          if (asset) gzip += zlib.gzipSync(Buffer.from(asset.source()), { level: 9 }).length;
        }
        const line = `${this.entry} bundle: ${(gzip / 1024).toFixed(1)} KB gzip in ${files.length} file(s) (budget ${this.budget / 1024} KB)`;
        if (gzip > this.budget) compilation.errors.push(new WebpackError(`${line}: over budget`));
        else console.log(line);
      });
    });
  }
}

module.exports = { SizeBudgetPlugin };
