/**
 * Personal numbers out of every text the report holds: PESEL, ID card, passport and account
 * numbers (checksums verified, by the engine's own scanner) keep their last three characters.
 * Applied to subjects, names, sources and finding texts alike: a subject such as
 * "Decyzja dla PESEL 85031412347" is as much personal data as the body.
 */
import { findIdentifiers, maskIdentifier, type IdentifierKind } from '../engine/identifiers';
import { forTerminal } from '../cli/terminal-text';

const PERSONAL: readonly IdentifierKind[] = ['pesel', 'idCard', 'passport', 'account'];

export function maskPersonalNumbers(text: string): string {
  const found = findIdentifiers(text, 0, PERSONAL);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + maskIdentifier(f.value);
    at = f.end;
  }
  return out + text.slice(at);
}

/**
 * A text from a message (subject, name, file name, finding) as every output of the report
 * holds it: masked, and without control or invisible characters (a bidi override in a subject
 * would reorder what the supervisor reads, in a browser as in a spreadsheet).
 */
export function forReport(text: string): string {
  return maskPersonalNumbers(forTerminal(text));
}
