import type { Messages } from '../types';

/** content messages in English. Keys: `<rule-id>/<message-id>`. */
export const content: Messages = {
  'addresses-exposed/exposed': 'The message shows someone else’s e-mail address “{address}” to a recipient outside the office. Remove it, or ask that person first — protect other people’s privacy.',
};
