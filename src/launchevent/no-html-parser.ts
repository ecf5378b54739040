/**
 * Stands in for htmlparser2 in the launch-event bundle only (webpack alias in
 * build/webpack.launchevent.cjs). That runtime reads the body as text, so the HTML parser and
 * its 30 KB of entity tables are never needed there; reaching this is a bug, said loudly.
 */
export class Parser {
  constructor() {
    throw new Error('the launch-event bundle reads message bodies as text; HTML parsing is not available here');
  }
}
