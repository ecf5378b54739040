/**
 * The DOM side of the preview's rich-text body. The mailbox holds the body as one HTML document
 * string (`<html><head>…</head><body>…</body></html>`, as Outlook gives it); the editor shows
 * only what is between <body> and </body>, and what the clerk types is written back between the
 * same two halves, so the head and Outlook's markup around the content stay as they were.
 *
 * The letter's HTML is never parsed into the page as markup: DOMPurify parses it in an inert
 * document, drops scripts, event handlers, javascript: links and page-changing elements, and the
 * cleaned nodes are moved into the editor. Pasted HTML goes through the same cleaning.
 */
import DOMPurify, { type Config } from 'dompurify';
import { layoutHtml } from '../office/html-edit';

/** Elements of a letter that would change the preview page itself, or be form controls in it. */
const FORBID_TAGS = ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'object', 'embed'];
const CLEAN: Config = { FORBID_TAGS, WHOLE_DOCUMENT: false };

export type DocumentParts = { before: string; content: string; after: string };

/** Splits a body document into what comes before the content, the content, and what follows it. */
export function splitDocument(html: string): DocumentParts {
  const { contentStart, contentEnd } = layoutHtml(html);
  const end = Math.max(contentStart, contentEnd);
  return { before: html.slice(0, contentStart), content: html.slice(contentStart, end), after: html.slice(end) };
}

/** The cleaned nodes of an HTML fragment, owned by an inert document until they are inserted. */
export function cleanFragment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { ...CLEAN, RETURN_DOM_FRAGMENT: true });
}

/** Cleaned HTML text, for pasting with the editing command that keeps the browser's undo. */
export function cleanHtml(html: string): string {
  return DOMPurify.sanitize(html, { ...CLEAN, RETURN_DOM_FRAGMENT: false }) as unknown as string;
}

/** Shows the content of `html` in the editor. */
export function renderContent(editor: HTMLElement, html: string): void {
  editor.replaceChildren(cleanFragment(splitDocument(html).content));
}

/** The editor's content as HTML (the browser's own serialisation). */
export function serializeContent(editor: HTMLElement): string {
  return editor.getHTML();
}

const CARET = 'etykieta-caret';

/**
 * Where the caret is, as an index into serializeContent(editor): a comment is put at the caret
 * in a copy of the editor, and the copy's serialisation is searched for it (everything before
 * the comment serialises exactly as in the editor). Null when the caret is not in the editor.
 */
export function caretIndex(editor: HTMLElement, selection: Selection | null): number | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.startContainer)) return null;
  const path: number[] = [];
  for (let node: Node = range.startContainer; node !== editor; ) {
    const parent = node.parentNode;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, node) as number);
    node = parent;
  }
  const copy = editor.cloneNode(true) as HTMLElement;
  let target: Node = copy;
  for (const i of path) target = target.childNodes[i];
  const marker = copy.ownerDocument.createComment(CARET);
  if (target.nodeType === Node.TEXT_NODE) {
    const rest = (target as Text).splitText(range.startOffset);
    rest.parentNode?.insertBefore(marker, rest);
  } else {
    target.insertBefore(marker, target.childNodes[range.startOffset] ?? null);
  }
  const at = copy.getHTML().indexOf(`<!--${CARET}-->`);
  return at < 0 ? null : at;
}

/** How many characters of text come before the caret (start of the range) in the editor. */
export function textOffset(editor: HTMLElement, range: Range): number {
  const before = editor.ownerDocument.createRange();
  before.selectNodeContents(editor);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

/** Puts a collapsed caret after `offset` characters of the editor's text. */
export function placeCaret(editor: HTMLElement, offset: number, selection: Selection): void {
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) {
      selection.collapse(node, left);
      return;
    }
    left -= node.length;
  }
}
