import { useMemo } from 'react';
import type { ParsedBody } from '../../../engine/parse/body';
import { fogPl, readabilityBand, type Readability, type ReadabilityBand } from '../../../engine/text/readability';
import { MIN_WORDS } from '../../../engine/rules/plain-readability';

export type ReadabilityView = { kind: 'too-short' } | { kind: 'scored'; readability: Readability; band: ReadabilityBand };

/** FOG-PL of the own text, from the body the check already parsed (no second parse). */
export function useReadability(body: ParsedBody | undefined): ReadabilityView | undefined {
  return useMemo(() => {
    if (!body) return undefined;
    const readability = fogPl(body);
    if (readability.words < MIN_WORDS) return { kind: 'too-short' };
    return { kind: 'scored', readability, band: readabilityBand(readability.score) };
  }, [body]);
}
