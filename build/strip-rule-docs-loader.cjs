/**
 * Launch-event bundle only: blanks each rule's `meta.docs` (the long pl/en description) and the
 * text of `meta.standard.cite`, which only the README and the task pane show. The send check
 * never does, and the bundle carries every rule within a 60 KB budget. Done on the syntax tree with TypeScript's own
 * parser, so formatting cannot fool it.
 */
const ts = require('typescript');

module.exports = function stripRuleDocs(source) {
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node)) {
      const name = node.name.getText(file);
      const owner = node.parent && node.parent.parent;
      const ownerName = owner && ts.isPropertyAssignment(owner) ? owner.name.getText(file) : '';
      if (name === 'docs' && ownerName === 'meta' && ts.isObjectLiteralExpression(node.initializer)) {
        cuts.push([node.initializer.getStart(file), node.initializer.getEnd(), "{ pl: '', en: '' }"]);
        return;
      }
      if (name === 'cite' && ownerName === 'standard' && ts.isStringLiteralLike(node.initializer)) {
        cuts.push([node.initializer.getStart(file), node.initializer.getEnd(), "''"]);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, blank] of cuts.reverse()) out = `${out.slice(0, start)}${blank}${out.slice(end)}`;
  return out;
};
