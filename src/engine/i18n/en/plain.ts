import type { MessageData } from '../../types';
import type { Messages } from '../types';

/** What each FOG-PL band means to the reader (the task pane's meter shows it too). */
const BANDS: Readonly<Record<string, string>> = {
  easy: 'Easy text – a primary-school pupil will understand it.',
  medium: 'Fairly easy text – anyone who finished primary school will understand it.',
  hard: 'Difficult text – it needs secondary education.',
  'very-hard': 'Very difficult text – it needs a university education; many citizens will not understand it.',
};

function plural(n: string | number, one: string, many: string): string {
  return Number(n) === 1 ? one : many;
}

/** plain messages in English (plain-imperative's rewrite, plain-long-word, plain-long-sentence, plain-readability). Keys: `<rule-id>/<message-id>`. */
export const plain: Messages = {
  'plain-imperative/imperativeRewrite':
    '“{verb}” is the imperative mood, which the standard says to avoid. Ask politely instead: “Proszę” with the infinitive (e.g. “Proszę wyjaśnić”, “Proszę kliknąć”).',

  'plain-long-word/syllables': (d: MessageData) =>
    `"${d.word}" has ${d.syllables} ${plural(d.syllables, 'syllable', 'syllables')} – an overly long word. If you can, use a shorter word or a few simpler ones.`,
  'plain-long-word/letters': (d: MessageData) =>
    `"${d.word}" has ${d.letters} ${plural(d.letters, 'letter', 'letters')} – an overly long word. If you can, use a shorter word or a few simpler ones.`,

  'plain-long-sentence/tooLong': (d: MessageData) =>
    `This sentence has ${d.count} ${plural(d.count, 'word', 'words')} (at most ${d.max} recommended). Split it – short sentences are easier to understand.`,

  'plain-readability/tooHard': (d: MessageData) =>
    `The FOG-PL readability index is ${Number(d.score).toFixed(1)} (at most ${d.max} recommended). ${BANDS[String(d.band)] ?? ''} Use shorter sentences and simpler words.`,
  'plain-readability/band-easy': BANDS.easy,
  'plain-readability/band-medium': BANDS.medium,
  'plain-readability/band-hard': BANDS.hard,
  'plain-readability/band-very-hard': BANDS['very-hard'],
};
