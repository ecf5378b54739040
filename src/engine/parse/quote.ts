/**
 * Where the quoted thread starts in a plain-text body: Outlook and other clients' quote headers
 * in Polish and English, "Dnia … napisał(a):", "On … wrote:", "-----Original Message-----",
 * and a run of "> " lines.
 */
const SEPARATOR = /^\s*-{2,}\s*(Original Message|Wiadomość oryginalna|Oryginalna wiadomość|Forwarded message|Przekazana wiadomość|Wiadomość przekazana|Treść przekazanej wiadomości)\s*-{2,}\s*$/iu;
const WROTE = /^\s*((Dnia|W dniu|On)\s.{0,300}?(napisał\(a\)|napisała|napisał|pisze|wrote)\s*:)\s*$/iu;
const HEADER_FROM = /^\s*\*?(Od|From)\s*:\*?\s+\S/iu;
const HEADER_OTHER = /^\s*\*?(Wysłane|Wysłano|Data|Sent|Date|Do|To|DW|Cc|UDW|Temat|Subject)\s*:/iu;
/** Labels of header lines whose addresses took part in the conversation. */
export const HEADER_LINE = /^\s*\*?(Od|From|Do|To|DW|Cc|Reply-To|Odpowiedź do)\s*:/iu;

export type LineInfo = { start: number; end: number; text: string };

export function splitLines(text: string, start = 0, end = text.length): LineInfo[] {
  const lines: LineInfo[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      lines.push({ start: s, end: i, text: text.slice(s, i) });
      s = i + 1;
    }
  }
  return lines;
}

/** Index of the first line of the quoted thread, or -1. */
export function findQuoteLine(lines: readonly LineInfo[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (SEPARATOR.test(t) || WROTE.test(t)) return i;
    if (HEADER_FROM.test(t)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
        if (HEADER_OTHER.test(lines[j].text)) return i;
      }
    }
    if (/^\s*>/.test(t) && i + 1 < lines.length && /^\s*>/.test(lines[i + 1].text)) return i;
    if (/^\s*>/.test(t) && i === lines.length - 1) return i;
  }
  return -1;
}

/** True for a line that is part of a quote header (used to collect the thread's participants). */
export function isQuoteHeaderLine(text: string): boolean {
  return HEADER_LINE.test(text) || WROTE.test(text);
}
