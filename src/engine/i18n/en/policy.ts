import type { Messages } from '../types';

/**
 * Problems of a policy file, in English: `policy validate`, the pane's notice, the preview. Each
 * follows the JSON path of the bad field (`$.rules["case-reference-missing"][1].pattern: …`).
 */
export const policy: Messages = {
  'policy.pattern.notText': 'a pattern must be a string (a regular expression in quotes)',
  'policy.pattern.notList': 'must be a list of patterns (strings)',
  'policy.pattern.empty': 'the pattern is empty',
  'policy.pattern.tooLong': 'a pattern may have at most {max} characters',
  'policy.pattern.syntax': 'not a valid JavaScript regular expression ({reason})',
  'policy.pattern.backreference':
    'a back-reference (\\1, \\k<…>) at character {at} ("{fragment}") is not allowed: policy patterns run on a linear-time engine, which has no back-references',
  'policy.pattern.lookaround':
    'a look-ahead or look-behind ((?=…), (?!…), (?<=…), (?<!…)) at character {at} ("{fragment}") is not allowed: policy patterns run on a linear-time engine',
  'policy.pattern.namedGroup': 'a named group (?<name>…) at character {at} is not allowed; use a plain group (…)',
  'policy.pattern.groupFlags': 'flags in a group (?…:) at character {at} ("{fragment}") are not allowed; (…) and (?:…) are',
  'policy.pattern.property': 'a \\p{…} class at character {at} is not allowed (older Outlook versions lack it); list the letters, e.g. [A-ZĄĆĘŁŃÓŚŹŻ]',
  'policy.pattern.emptyLoop':
    'the repeated or optional part at character {at} ("{fragment}") can match no character; rewrite it so that it always takes at least one',
  'policy.pattern.matchesEmpty': 'the pattern matches an empty text, so it would be found in every message',
  'policy.pattern.tooComplex': 'the pattern is too complex (more than {max} steps per character once {n,m} repetitions are written out); shorten the repetitions',
};
