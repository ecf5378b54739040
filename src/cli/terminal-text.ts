/**
 * What the CLI prints as text is read by a terminal, which acts on control characters: ESC
 * sequences move the cursor and erase lines (hiding the finding above), OSC 52 writes the
 * clipboard, OSC 8 makes links; bidi overrides and invisible format characters reorder or hide
 * what is shown. Every string that comes from a message, a policy, a file name or an error goes
 * through forTerminal before it is printed: C0 and C1 controls, DEL and every format character
 * (Unicode Cf: bidi controls, zero-width characters, soft hyphen, BOM, tag characters) are
 * removed; tabs, line breaks and the Unicode line/paragraph separators become a space, so a name
 * cannot start a line of its own. `--json` output is not passed through here: it stays exact.
 */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

export function forTerminal(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '');
}
