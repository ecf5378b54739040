import type { Messages } from '../types';

/** plainwords messages in English (plain-jargon, plain-acronym, plain-imperative, plain-rhetorical-question). Keys: `<rule-id>/<message-id>`. */
export const plainwords: Messages = {
  'plain-jargon/swap': '“{phrase}” – write it more plainly: “{to}” ({noteEn}). The standard: avoid terms citizens may not understand.',
  'plain-jargon/rewrite': '“{phrase}” – write it more plainly, e.g. “{to}”, and fit the rest of the sentence to it ({noteEn}). No automatic change would be correct here.',
  'plain-jargon/explain': '“{phrase}” – an official phrase the citizen may misunderstand: {noteEn}.',

  'plain-acronym/unexplained':
    'The acronym “{acronym}” may mean nothing to the citizen. At its first use write the full name with the acronym in brackets, e.g. “Samorządowe Kolegium Odwoławcze (SKO)”, or do without it.',

  'plain-imperative/imperative':
    '“{verb}” is the imperative mood, which the standard says to avoid. Ask politely instead: “{suggestion}”.',

  'plain-rhetorical-question/rhetorical':
    '“{phrase} …?” reads as a rhetorical question, which the standard says to avoid. Say plainly what the citizen should know or do.',
};
