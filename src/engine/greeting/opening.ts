/**
 * The opening of the clerk's own text: its first non-empty line (a blank line before the
 * greeting is fine, 002 line 121 asks only that the message opens with one).
 */
import type { Line, ParsedBody } from '../parse/body';
import { parseGreeting, type Greeting } from './parse-greeting';

export function openingLine(body: ParsedBody): Line | undefined {
  const i = body.lines.firstNonBlank();
  return i < 0 ? undefined : body.lines.at(i);
}

export function openingGreeting(body: ParsedBody): Greeting | null {
  const line = openingLine(body);
  return line ? parseGreeting(line.text, line.start) : null;
}
