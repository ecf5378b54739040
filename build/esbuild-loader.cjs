/**
 * A webpack loader that lowers TypeScript and modern JavaScript (ours and node_modules') to
 * ES2016 syntax with esbuild: async/await, object spread, optional chaining and `??` become
 * ES2016 code, and regex literals with newer features become `new RegExp` calls, so classic
 * Outlook's JavaScript-only runtime can parse the launch-event bundle.
 */
const { transformSync } = require('esbuild');

module.exports = function esbuildLoader(source) {
  const loader = /\.tsx?$/.test(this.resourcePath) ? 'ts' : 'js';
  const result = transformSync(source, { loader, target: 'es2016', format: 'esm', sourcefile: this.resourcePath, supported: { 'dynamic-import': false } });
  return result.code;
};
