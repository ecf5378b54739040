/**
 * The engine's HTML walker (src/engine/parse/html-tree.ts) gives htmlparser2's Parser events in
 * linear time: the same events, in the same order, with the same start and end indices, on
 * random, hostile and serialised HTML; and the same text as src/office/html-edit.ts builds.
 */
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { HtmlTreeParser, walkHtml, type TreeHandler } from '../../src/engine/parse/html-tree';
import { htmlToText } from '../../src/engine/parse/html';
import { layoutHtml } from '../../src/office/html-edit';
import { hostileHtml, serialisedHtml, RUNS } from '../fuzz/hostile';

type Indexed = { startIndex: number; endIndex: number };

/**
 * Events as lines. The Parser gives the text before and after an entity as pieces, the walker one
 * run: pieces that follow each other become one line, starting where the first starts.
 */
function recorder(events: string[], at: () => Indexed): TreeHandler {
  const where = () => `@${at().startIndex}-${at().endIndex}`;
  let text: { data: string; start: number } | null = null;
  const push = (event: string) => {
    text = null;
    events.push(event);
  };
  return {
    onopentag: (name, attribs, implied) => push(`open ${name} ${JSON.stringify(attribs)} ${implied} ${where()}`),
    ontext: (data) => {
      if (text) events.pop();
      text = { data: (text?.data ?? '') + data, start: text?.start ?? at().startIndex };
      events.push(`text ${JSON.stringify(text.data)} @${text.start}-${at().endIndex}`);
    },
    onclosetag: (name, implied) => push(`close ${name} ${implied} ${where()}`),
  };
}

function parserEvents(html: string): string[] {
  const events: string[] = [];
  const parser: Parser = new Parser(recorder(events, () => parser), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return events;
}

function walkerEvents(html: string): string[] {
  const events: string[] = [];
  const walker: HtmlTreeParser = new HtmlTreeParser(recorder(events, () => walker));
  walker.parse(html);
  return events;
}

const CASES = [
  '<div>unclosed <b>bold <i>italic</div> tail',
  '<p>a<div>b</div></p><p>c<p>d',
  '</p></br></img></div>text',
  '<table><tr><td>1<td>2<tr><th>3</table>',
  '<ul><li>a<li>b</ul><dl><dt>x<dd>y</dl>',
  '<svg><path/><circle /></svg><math><mi/></math><br/><div/>after',
  '<select><option>a<option>b<optgroup><option>c</select>',
  '<head><title>T &amp; t</title><script>if (a < b) {}</script></head><body>x</body>',
  '<a href="mailto:a@b.pl?subject=%20" class=\'q\' id=x data-variant="full" id="second">link</a>',
  '<!DOCTYPE html><!-- c --><![CDATA[x]]><?xml v?>&amp;&nbsp;&#x17C;&bogus;&#0;',
  '<div id="',
  '<div class="a',
  '<b>a</b',
  '<div>'.repeat(50) + 'x' + '</span>'.repeat(10) + '</div>'.repeat(25),
  // Entities where the Tokenizer decodes them (text, title, attributes) and where it does not.
  '<textarea>a &amp; b</textarea><xmp>&lt;x&gt;</xmp><style>&amp;</style>&amp;',
  '<TITLE>&oacute;w &amp</TITLE><p title="a&amp;b" class=x&ampy id=&quot;q&quot;>&ampx &#x17C &#0;</p>',
  '<script/>&amp;<style />&lt;<svg><style>&amp;</style><script/>&gt;</svg>',
  '<a href="mailto:a&#64;b.pl&amp;x=1&copy=2">&copy2 &notin; &notit;</a>',
  '<title>&amp',
  '<script>&amp; never closed',
  'tail &am',
  // Tag names in either case, with digits, ":" and "-", short and long, ASCII and not.
  '<DIV>a</div><H2>b</H2><O:P>c</o:p><x-y>d</X-Y><abcdef>e</ABCDEF><Table><TR><td>f</TABLE><İ>g</i̇><ſ>h</S>',
  '</&amp;',
  '<!doctype &amp;',
  '<title>a &amp; b</tit',
  '<p>x</p &amp;',
];

/** Texts longer than one decoded chunk (4,096 characters), entities across the chunk ends. */
const LONG_CASES: Array<[string, string]> = [
  ['entities all along', '&amp;x&#&copy;&notin&#x17C'.repeat(400)],
  ['entities at the first chunk end', `${'a'.repeat(4094)}&amp;&amp&lt;${'&#'.repeat(3000)}`],
  ['numeric entities longer than a chunk', `&#${'0'.repeat(5000)}65;&#${'0'.repeat(5000)}66;`],
];

describe('walkHtml gives the events of htmlparser2\'s Parser', () => {
  test.each(CASES)('%s', (html) => {
    expect(walkerEvents(html)).toEqual(parserEvents(html));
  });

  test.each(LONG_CASES)('%s', (_label, html) => {
    expect(walkerEvents(html)).toEqual(parserEvents(html));
  });

  test('on random and hostile HTML', () => {
    fc.assert(fc.property(fc.oneof(hostileHtml, serialisedHtml), (html) => {
      expect(walkerEvents(html)).toEqual(parserEvents(html));
    }), { numRuns: RUNS });
  });

  test('collects only the attributes asked for', () => {
    const seen: Record<string, string>[] = [];
    walkHtml('<div style="x" ID="a" class="b" id="c">t</div>', { onopentag: (_n, attribs) => seen.push(attribs) }, { attributes: new Set(['id']) });
    expect(seen).toEqual([{ id: 'a' }]);
  });
});

describe('the engine\'s text equals the text html-edit builds', () => {
  test.each([...CASES.map((html): [string, string] => [html, html]), ...LONG_CASES])('%s', (_label, html) => {
    expect(htmlToText(html).text).toBe(layoutHtml(html).text);
  });

  test('on random and hostile HTML', () => {
    fc.assert(fc.property(fc.oneof(hostileHtml, serialisedHtml), (html) => {
      const engine = htmlToText(html);
      const edit = layoutHtml(html);
      expect(engine.text).toBe(edit.text);
      expect(engine.quoteMarker).toBe(edit.quoteMarker?.textStart ?? null);
    }), { numRuns: RUNS });
  });

  // A text of more than 64 runs is collapsed character by character (html.ts appendCollapsed).
  const piece = fc.constantFrom('a', 'ż', '-', '--', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\x01', '&amp;', '&nbsp;', '<b>', '</b>', '<br>', '<p>');
  test.each([
    ['-\n'.repeat(300), '- '.repeat(300)], // the last space too, as a browser's text has it
    [`<p>${'a \u00a0b'.repeat(100)} </p>x`, `${'a b'.repeat(100)}\nx`],
  ])('many runs: %j', (html, text) => {
    expect(htmlToText(html).text).toBe(text);
    expect(layoutHtml(html).text).toBe(text);
  });
  test('on texts of many short runs', () => {
    fc.assert(fc.property(fc.array(piece, { minLength: 100, maxLength: 400 }), (pieces) => {
      const html = pieces.join('');
      expect(htmlToText(html).text).toBe(layoutHtml(html).text);
    }), { numRuns: RUNS });
  });
});
