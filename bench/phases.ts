/**
 * Where the time of one check goes, phase by phase: each step of the body parse timed on its own
 * inputs (the same calls parseBody makes, in its order), the whole parse, the rules on the parsed
 * body, and the whole check. Every row is a median, also as a multiple of the baseline pass.
 */
import { htmlToText } from '../src/engine/parse/html';
import { parseBody } from '../src/engine/parse/body';
import { findQuoteStart, quoteHeaderLines } from '../src/engine/parse/quote';
import { Lines } from '../src/engine/parse/lines';
import { findTypedSignature } from '../src/engine/parse/signature';
import { findAddresses } from '../src/engine/parse/addresses';
import { splitSentences, tokenizeWords } from '../src/engine/text/tokenize';
import { checkMessage } from '../src/engine/runner';
import { allRules } from '../src/engine/rules';
import type { EngineConfig } from '../src/engine/config';
import type { MailMessage } from '../src/engine/model';
import { baselinePass, median } from './measure';
import { performance } from 'node:perf_hooks';

export type PhaseRow = { phase: string; medianMs: number; ratio: number };

/** Medians of several functions timed in rotation with the baseline, so that all see the same load. */
function rotate(fns: ReadonlyArray<[string, () => unknown]>, runs: number): Map<string, number> {
  const samples = new Map<string, number[]>(fns.map(([name]) => [name, []]));
  for (let i = 0; i < runs + 3; i++) {
    for (const [name, fn] of fns) {
      const t0 = performance.now();
      fn();
      if (i >= 3) samples.get(name)!.push(performance.now() - t0);
    }
  }
  return new Map([...samples].map(([name, s]) => [name, median(s)]));
}

export function measurePhases(message: MailMessage, config: EngineConfig, runs: number): PhaseRow[] {
  const html = message.bodyHtml ?? '';
  const raw = message.bodyHtml ?? message.bodyText ?? '';
  const body = parseBody(message);
  const { text } = body;
  const limit = body.quote?.start ?? text.length;
  const names = [message.sender?.name ?? '', message.from?.name ?? ''].filter(Boolean);
  const ownEnd = body.own.end;
  const words = tokenizeWords(text, 0, 0, ownEnd);
  const steps: Array<[string, () => unknown]> = [
    ['(baseline pass)', () => baselinePass(raw)],
    ['HTML -> text (html-tree + html)', () => (message.bodyHtml ? htmlToText(html) : undefined)],
    ['quoted thread: where it starts', () => findQuoteStart(text, 0, text.length, limit)],
    ['own text lines + typed signature', () => findTypedSignature(Lines.of(text, 0, limit), names)],
    ['words of the own text', () => tokenizeWords(text, 0, 0, ownEnd)],
    ['sentences of the own text', () => splitSentences(text, 0, ownEnd, words)],
    ['thread participants (quote headers)', () => (body.quote ? quoteHeaderLines(text, body.quote.start, text.length).map((l) => findAddresses(l)) : [])],
    ['body parse, all of it (parseBody)', () => parseBody(message)],
    ['whole check (parse + every rule)', () => checkMessage(message, config, allRules)],
  ];
  const medians = rotate(steps, runs);
  const baseline = medians.get('(baseline pass)')!;
  const rows = steps.map(([phase]) => ({ phase, medianMs: medians.get(phase)!, ratio: medians.get(phase)! / baseline }));
  const check = medians.get('whole check (parse + every rule)')!;
  const parse = medians.get('body parse, all of it (parseBody)')!;
  rows.splice(rows.length - 1, 0, { phase: 'rules (whole check - parse)', medianMs: check - parse, ratio: (check - parse) / baseline });
  return rows;
}
