import type { Messages } from '../types';

/** greeting messages in English. Keys: `<rule-id>/<message-id>`. */
export const greeting: Messages = {
  'greeting-missing/missing': 'The message does not open with a greeting. Add “{suggestion}” at the start.',
  'greeting-informal/informal': 'The greeting “{greeting}” is too casual for an office. Better: “{suggestion}”.',
  'greeting-mismatch/number': (d) => `The message goes to ${d.count} people, but the greeting “${d.greeting}” addresses one. Better: “${d.suggestion}”.`,
  'greeting-mismatch/gender': 'The greeting “{greeting}” does not agree with the addressee ({name}). Better: “{suggestion}”.',
  'greeting-mismatch/gender-guess': 'The addressee’s first name ({name}) ends in “-a”, which usually means a woman, but the greeting is “{greeting}”. If you are writing to a woman, write “{suggestion}”.',
  'greeting-mismatch/surname': 'Polish etiquette puts no surname (“{surname}”) in the greeting. “{suggestion}” is enough.',
};
