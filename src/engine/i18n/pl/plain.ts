import type { MessageData } from '../../types';
import type { Messages } from '../types';
import { plForm } from '../plural';

/** What each FOG-PL band means to the reader (the task pane's meter shows it too). */
const BANDS: Readonly<Record<string, string>> = {
  easy: 'Tekst łatwy – zrozumie go uczeń szkoły podstawowej.',
  medium: 'Tekst średnio trudny – zrozumie go osoba po szkole podstawowej.',
  hard: 'Tekst trudny – wymaga wykształcenia średniego.',
  'very-hard': 'Tekst bardzo trudny – wymaga wykształcenia wyższego, wielu klientów go nie zrozumie.',
};

/** One decimal with the Polish decimal comma: 12,3. */
function decimal(n: string | number): string {
  return Number(n).toFixed(1).replace('.', ',');
}

/** plain messages in Polish (plain-imperative's rewrite, plain-long-word, plain-long-sentence, plain-readability). Keys: `<rule-id>/<message-id>`. */
export const plain: Messages = {
  'plain-imperative/imperativeRewrite':
    '„{verb}” to tryb rozkazujący, którego standard każe unikać. Napisz grzeczniej: „Proszę” z bezokolicznikiem (np. „Proszę wyjaśnić”, „Proszę kliknąć”).',

  'plain-long-word/syllables': (d: MessageData) =>
    `„${d.word}” ma ${d.syllables} ${plForm(Number(d.syllables), 'sylabę', 'sylaby', 'sylab')} – to wyraz przesadnie długi. Jeśli się da, napisz to krótszym słowem albo kilkoma prostszymi.`,
  'plain-long-word/letters': (d: MessageData) =>
    `„${d.word}” ma ${d.letters} ${plForm(Number(d.letters), 'literę', 'litery', 'liter')} – to wyraz przesadnie długi. Jeśli się da, napisz to krótszym słowem albo kilkoma prostszymi.`,

  'plain-long-sentence/tooLong': (d: MessageData) =>
    `To zdanie ma ${d.count} ${plForm(Number(d.count), 'słowo', 'słowa', 'słów')} (zalecane najwyżej ${d.max}). Podziel je na krótsze – krótkie zdania łatwiej zrozumieć.`,

  'plain-readability/tooHard': (d: MessageData) =>
    `Indeks czytelności FOG-PL wynosi ${decimal(d.score)} (zalecane najwyżej ${d.max}). ${BANDS[String(d.band)] ?? ''} Pisz krótszymi zdaniami i prostszymi słowami.`,
  'plain-readability/band-easy': BANDS.easy,
  'plain-readability/band-medium': BANDS.medium,
  'plain-readability/band-hard': BANDS.hard,
  'plain-readability/band-very-hard': BANDS['very-hard'],
};
