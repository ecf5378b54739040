/**
 * The recipient fields of the preview: comma- or semicolon-separated addresses, each either a bare
 * address or `Name <address>` (a name with a comma must be quoted, as in Outlook).
 */
import type { EmailAddressLike } from '../office/office-like';

export function parseRecipients(input: string): EmailAddressLike[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const c of input) {
    if (c === '"') quoted = !quoted;
    else if (c === '<') angled = true;
    else if (c === '>') angled = false;
    if ((c === ',' || c === ';') && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  const out: EmailAddressLike[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    // "Name <address>": the address is after the last "<" (one regex over the whole part backtracks on runs of spaces).
    const lt = part.lastIndexOf('<');
    const m = lt < 0 ? null : /^\s*([^<>\s]+)\s*>$/.exec(part.slice(lt + 1));
    if (m) {
      const name = part.slice(0, lt).trim().replace(/^"(.*)"$/, '$1').trim();
      out.push({ displayName: name || m[1], emailAddress: m[1] });
    } else out.push({ displayName: part, emailAddress: part });
  }
  return out;
}

export function formatRecipients(list: readonly EmailAddressLike[]): string {
  return list
    .map((r) => {
      const name = r.displayName?.trim();
      if (!name || name === r.emailAddress) return r.emailAddress;
      return `${/[,;<>"]/.test(name) ? `"${name.replace(/"/g, '')}"` : name} <${r.emailAddress}>`;
    })
    .join('; ');
}
