/**
 * htmlparser2's Parser events (open tag, text, close tag, with the same implied closes) in
 * linear time on any nesting. The Parser keeps its open elements with `stack.unshift` and finds
 * a closing tag's element with `stack.indexOf`, so 200,000 nested `<div>`s cost 28 s; here the
 * stack is pushed and popped at its end, a closing tag whose element is not open is known from a
 * count in O(1), and every element is pushed and popped at most once.
 *
 * The events are the Parser's own, in the same order (htmlMode, lower-case names, entities
 * decoded, `recognizeSelfClosing` off), driven by htmlparser2's Tokenizer: text built from them
 * is identical to text built from the Parser's (src/office/html-edit.ts does that; a test keeps
 * the two equal). `startIndex` and `endIndex` mean what they mean on the Parser. One difference:
 * a run of text comes as one event, entities decoded, where the Parser gives a piece before and
 * after each entity.
 *
 * Why the decoding is ours: the Tokenizer decoding entities steps through every character of
 * text in its state machine; not decoding, it skips to the next `<` in a tight loop, which halves
 * its time on a letter. The few runs and attribute values that hold an `&` are decoded here, with
 * the decoder and the modes the Tokenizer itself uses (entities' legacy mode in text and `<title>`,
 * attribute mode in attribute values; script, style, textarea and xmp hold raw text).
 */
import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

export type Attributes = Record<string, string>;

export type TreeHandler = {
  onopentag?(name: string, attribs: Attributes, isImplied: boolean): void;
  ontext?(data: string): void;
  /** Text as a range of the HTML, not sliced out; given instead of `ontext` when present (entities still come to `ontext`). */
  ontextrange?(html: string, start: number, end: number): void;
  onclosetag?(name: string, isImplied: boolean): void;
};

export type TreeOptions = {
  /** Only these attributes (lower case) are collected; all of them when absent. */
  attributes?: ReadonlySet<string>;
};

// The element tables of htmlparser2's Parser (10.x), which it does not export.
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const DD_DT_TAGS = new Set(['dd', 'dt']);
const RT_RP_TAGS = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t): [string, ReadonlySet<string>] => [t, P_TAG]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, ReadonlySet<string>] => [t, FORM_TAGS]),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT_TAGS],
  ['dt', DD_DT_TAGS],
  ...[
    'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
    'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
  ].map((t): [string, ReadonlySet<string>] => [t, P_TAG]),
  ['rt', RT_RP_TAGS],
  ['rp', RT_RP_TAGS],
  ['tbody', TABLE_SECTION_TAGS],
  ['tfoot', TABLE_SECTION_TAGS],
]);
const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr',
]);
const FOREIGN_CONTEXT_ELEMENTS = new Set(['math', 'svg']);
const HTML_INTEGRATION_ELEMENTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * What the tables above say of one element name, looked up once per tag: most tags of a letter
 * (span, o:p, font, a) are in none of them and cost one miss.
 */
type ElementInfo = { isVoid: boolean; foreign: boolean; integration: boolean; impliesClose: ReadonlySet<string> | undefined };
const ELEMENT_INFO = new Map<string, ElementInfo>(
  [...new Set([...OPEN_IMPLIES_CLOSE.keys(), ...VOID_ELEMENTS, ...FOREIGN_CONTEXT_ELEMENTS, ...HTML_INTEGRATION_ELEMENTS])].map((name) => [
    name,
    { isVoid: VOID_ELEMENTS.has(name), foreign: FOREIGN_CONTEXT_ELEMENTS.has(name), integration: HTML_INTEGRATION_ELEMENTS.has(name), impliesClose: OPEN_IMPLIES_CLOSE.get(name) },
  ]),
);

/** Elements whose content the Tokenizer reads as raw text, entities not decoded (`<title>` decodes them). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp']);

const TITLE_END = '</title';

/**
 * The Tokenizer inside `<title>` looks for "</title" and starts an entity only where no part of it
 * is matched: in "<&amp;" or "</ti&amp;" the `&` stays as it is. Those ampersands are escaped here
 * so that decoding the whole text gives what the Tokenizer gives (the same matching, char by char).
 */
function escapeUndecodedInTitle(raw: string): string {
  let out = '';
  let from = 0;
  let matched = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (matched === TITLE_END.length) matched = 0; // "</title" not followed by ">" or white space
    if ((c | 0x20) === TITLE_END.charCodeAt(matched)) matched++;
    else if (matched === 0) continue;
    else {
      if (c === 38) {
        out += `${raw.slice(from, i)}&amp;`;
        from = i + 1;
      }
      matched = c === 60 ? 1 : 0;
    }
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** What a tag without wanted attributes gets: one shared object, frozen so that no handler can fill it. */
const NO_ATTRIBUTES: Attributes = Object.freeze({}) as Attributes;

/** Characters of text decoded at a time (see `decodeText`). */
const DECODE_CHUNK = 4096;

/**
 * `decodeHTML` of a text, a few thousand characters at a time. The decoder appends its output
 * piece by piece, so "&#" half a million times made a rope of a million leaves, copied by the
 * collector while it grew (super-linear); each chunk is made flat before the next. A chunk ends
 * just before an "&", which no entity contains, so the chunks decode as the whole text does.
 */
function decodeText(raw: string): string {
  if (raw.length <= DECODE_CHUNK) return decodeHTML(raw);
  let out = '';
  for (let from = 0; from < raw.length; ) {
    let to = from + DECODE_CHUNK;
    if (to < raw.length) to = raw.indexOf('&', to);
    if (to < 0 || to > raw.length) to = raw.length;
    const chunk = decodeHTML(raw.slice(from, to));
    chunk.charCodeAt(0); // flattens it (reading a character of a rope does)
    out += chunk;
    from = to;
  }
  return out;
}

const NO_INFO: ElementInfo = { isVoid: false, foreign: false, integration: false, impliesClose: undefined };

/**
 * A short tag or attribute name (up to 5 of a-z, 0-9, ":" and "-", either case) as a number, found from its
 * characters without slicing and lower-casing a string for every tag: -1 for any other name.
 */
function shortNameKey(html: string, start: number, end: number): number {
  if (end - start > 5) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i) | 0x20; // A-Z as a-z; digits, ":" and "-" already have the bit
    let digit: number;
    if (c >= 0x61 && c <= 0x7a) digit = c - 0x60; // 1..26
    else if (c >= 0x30 && c <= 0x39 && c === html.charCodeAt(i)) digit = c - 0x30 + 27; // 27..36
    else if (c === 0x3a && c === html.charCodeAt(i)) digit = 37;
    else if (c === 0x2d && c === html.charCodeAt(i)) digit = 38;
    else return -1;
    key = key * 64 + digit;
  }
  return key;
}

/** One per element name met in a document: its table entry and how many of it are open now. */
type Element = { name: string; info: ElementInfo; open: number };

export class HtmlTreeParser implements TokenizerCallbacks {
  /** Start and end (inclusive) of the last event in the HTML, as on htmlparser2's Parser. */
  startIndex = 0;
  endIndex = 0;

  private readonly tokenizer: Tokenizer;
  private html = '';
  private openTagStart = 0;
  private tagname = '';
  /** Whether the tag being opened is a void element (br, img…): it closes itself. */
  private tagIsVoid = false;
  private attribname = '';
  private attribvalue = '';
  /** Whether an opening tag is being read and its event is wanted. */
  private inOpenTag = false;
  /** Its attributes, made when the first wanted one comes: most tags of a letter have none. */
  private attribs: Attributes | null = null;
  private collectAttribute = false;
  private readonly wantedLengths: ReadonlySet<number>;
  /** The first `&` at or after the last text looked at (the length of the HTML when there is none). */
  private nextAmpersand = -1;
  /** Inside script, style, textarea or xmp, as the Tokenizer is: its text is not decoded. */
  private inRawText = false;
  private inTitle = false;
  /**
   * Set while the Tokenizer ends: what it gives then is the unfinished rest of a tag, comment or
   * declaration ("</&amp;" at the end), which it gives raw (the text itself came during `write`).
   */
  private ending = false;
  /** Open elements, innermost last. */
  private readonly stack: Element[] = [];
  /**
   * Every name met so far, so that a tag costs one lookup: the element tables' entry and the count
   * of open elements of that name (a closing tag finds out in O(1) that its element is not open).
   */
  private readonly elements = new Map<string, Element>();
  /** Tag and attribute names met so far, lower-cased, by `shortNameKey`. */
  private readonly shortNames = new Map<number, string>();
  /** Innermost last; an empty stack reads as false, like the Parser's initial `[false]`. */
  private readonly foreignContext: boolean[] = [];

  constructor(
    private readonly cbs: TreeHandler,
    private readonly options: TreeOptions = {},
  ) {
    this.tokenizer = new Tokenizer({ decodeEntities: false }, this);
    this.wantedLengths = new Set([...(options.attributes ?? [])].map((name) => name.length));
  }

  /** Parses a whole document (one call; the parser is not reused). */
  parse(html: string): void {
    this.html = html;
    this.tokenizer.write(html);
    this.ending = true;
    this.tokenizer.end();
  }

  private elementNamed(name: string): Element {
    let element = this.elements.get(name);
    if (element === undefined) this.elements.set(name, (element = { name, info: ELEMENT_INFO.get(name) ?? NO_INFO, open: 0 }));
    return element;
  }

  private push(element: Element): void {
    this.stack.push(element);
    element.open++;
  }

  private pop(): string {
    const element = this.stack.pop() as Element;
    element.open--;
    return element.name;
  }

  private top(): string | undefined {
    return this.stack[this.stack.length - 1]?.name;
  }

  /**
   * Whether an `&` lies in [start, end). Texts come in document order and the search resumes only
   * past the last `&` found, so all the searches of a document together read it once.
   */
  private hasAmpersand(start: number, end: number): boolean {
    if (this.nextAmpersand < start) {
      const at = this.html.indexOf('&', start);
      this.nextAmpersand = at < 0 ? this.html.length : at;
    }
    return this.nextAmpersand < end;
  }

  ontext(from: number, endIndex: number): void {
    this.endIndex = endIndex - 1;
    // At the end of "</x y" the Tokenizer gives -1 as the start, which the Parser's slice reads from the end.
    const start = from < 0 ? Math.max(0, this.html.length + from) : from;
    const decodes = this.ending ? this.inTitle : !this.inRawText;
    if (decodes && this.hasAmpersand(start, endIndex)) {
      const raw = this.html.slice(start, endIndex);
      this.cbs.ontext?.(decodeText(this.inTitle ? escapeUndecodedInTitle(raw) : raw));
    }
    else if (this.cbs.ontextrange) this.cbs.ontextrange(this.html, start, endIndex);
    else this.cbs.ontext?.(this.html.slice(start, endIndex));
    this.startIndex = endIndex;
  }

  ontextentity(): void {
    // Not called: the Tokenizer does not decode (see the top of this file).
  }

  /** A tag's or attribute's name in lower case; a short one ("p", "class") looked up by its characters, not sliced. */
  private nameAt(start: number, end: number): string {
    const key = shortNameKey(this.html, start, end);
    if (key < 0) return this.html.slice(start, end).toLowerCase();
    let name = this.shortNames.get(key);
    if (name === undefined) this.shortNames.set(key, (name = this.html.slice(start, end).toLowerCase()));
    return name;
  }

  onopentagname(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.emitOpenTag(this.elementNamed(this.nameAt(start, endIndex)));
  }

  private emitOpenTag(element: Element): void {
    this.openTagStart = this.startIndex;
    this.tagname = element.name;
    const { info } = element;
    this.tagIsVoid = info.isVoid;
    const impliesClose = info.impliesClose;
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.top() as string)) this.cbs.onclosetag?.(this.pop(), true);
    }
    if (!this.tagIsVoid) {
      this.push(element);
      if (info.foreign) this.foreignContext.push(true);
      else if (info.integration) this.foreignContext.push(false);
    }
    this.inOpenTag = this.cbs.onopentag !== undefined;
  }

  private endOpenTag(isImplied: boolean): void {
    this.startIndex = this.openTagStart;
    if (this.inOpenTag) {
      this.cbs.onopentag?.(this.tagname, this.attribs ?? NO_ATTRIBUTES, isImplied);
      this.attribs = null;
      this.inOpenTag = false;
    }
    if (this.cbs.onclosetag && this.tagIsVoid) this.cbs.onclosetag(this.tagname, true);
    this.tagname = '';
  }

  onopentagend(endIndex: number): void {
    this.endIndex = endIndex;
    this.inRawText = RAW_TEXT.has(this.tagname);
    this.inTitle = this.tagname === 'title';
    this.endOpenTag(false);
    this.startIndex = endIndex + 1;
  }

  onclosetag(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.inRawText = this.inTitle = false;
    const name = this.nameAt(start, endIndex);
    const element = this.elements.get(name);
    const info = element?.info ?? ELEMENT_INFO.get(name) ?? NO_INFO;
    if (info.foreign || info.integration) this.foreignContext.pop();
    if (!info.isVoid) {
      if (element !== undefined && element.open > 0) {
        // Everything opened inside it is closed with it (implied), then the element itself.
        for (;;) {
          const element = this.pop();
          this.cbs.onclosetag?.(element, element !== name);
          if (element === name) break;
        }
      } else if (name === 'p') {
        // "</p>" without a "<p>": an empty paragraph, as browsers do.
        this.emitOpenTag(this.elementNamed('p'));
        this.closeCurrentTag(true);
      }
    } else if (name === 'br') {
      // "</br>" is a line break too.
      this.cbs.onopentag?.('br', {}, true);
      this.cbs.onclosetag?.('br', false);
    }
    this.startIndex = endIndex + 1;
  }

  onselfclosingtag(endIndex: number): void {
    this.endIndex = endIndex;
    if (this.foreignContext[this.foreignContext.length - 1]) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
    // "<script/>": the Tokenizer reads what follows as ordinary text.
    this.inRawText = this.inTitle = false;
  }

  private closeCurrentTag(isOpenImplied: boolean): void {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.top() === name) {
      this.cbs.onclosetag?.(name, !isOpenImplied);
      this.pop();
    }
  }

  onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    const wanted = this.options.attributes;
    // Most attributes of Outlook's markup (style, lang, width…) are not wanted: known by length.
    if (!this.inOpenTag || (wanted && !this.wantedLengths.has(endIndex - start))) {
      this.collectAttribute = false;
      return;
    }
    this.attribname = this.nameAt(start, endIndex);
    this.collectAttribute = (!wanted || wanted.has(this.attribname)) && (this.attribs === null || !Object.prototype.hasOwnProperty.call(this.attribs, this.attribname));
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.collectAttribute) this.attribvalue += this.html.slice(start, endIndex);
  }

  onattribentity(): void {
    // Not called: the Tokenizer does not decode (see the top of this file).
  }

  onattribend(_quote: QuoteType, endIndex: number): void {
    this.endIndex = endIndex;
    if (this.collectAttribute) {
      const value = this.attribvalue;
      (this.attribs ??= {})[this.attribname] = value.includes('&') ? decodeHTMLAttribute(value) : value;
    }
    this.collectAttribute = false;
    this.attribvalue = '';
  }

  ondeclaration(_start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  onprocessinginstruction(_start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  oncomment(_start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  oncdata(_start: number, endIndex: number): void {
    // In HTML a CDATA section is a comment.
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  onend(): void {
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let i = this.stack.length - 1; i >= 0; i--) this.cbs.onclosetag(this.stack[i].name, true);
    }
  }
}

/** Parses `html` and sends the Parser's events to `handler`. */
export function walkHtml(html: string, handler: TreeHandler, options: TreeOptions = {}): HtmlTreeParser {
  const parser = new HtmlTreeParser(handler, options);
  parser.parse(html);
  return parser;
}
