/**
 * Stands in for src/engine/parse/html.ts in the launch-event bundle only (webpack alias in
 * build/webpack.launchevent.cjs). That runtime reads the body as text, so the HTML parser and its
 * entity tables (28 KB gzip, more than the whole rule catalogue) are never needed there; reaching htmlToText is a bug, said loudly.
 */
import type { HtmlText } from '../engine/parse/html';

export { SIGNATURE_MARKER } from '../engine/parse/signature-marker';

export function htmlToText(_html: string): HtmlText {
  throw new Error('the launch-event bundle reads message bodies as text; HTML parsing is not available here');
}
