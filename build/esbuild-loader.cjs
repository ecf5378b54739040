/**
 * A webpack loader that strips TypeScript with esbuild. Lowering to ES2016 happens once, on the
 * whole bundle (LowerToEs2016Plugin in webpack.launchevent.cjs), so esbuild's helpers for object
 * spread or async functions appear once instead of once per module.
 */
const { transformSync } = require('esbuild');

module.exports = function esbuildLoader(source) {
  const loader = /\.tsx?$/.test(this.resourcePath) ? 'ts' : 'js';
  const result = transformSync(source, { loader, target: 'es2020', format: 'esm', sourcefile: this.resourcePath, supported: { 'dynamic-import': false } });
  return result.code;
};
