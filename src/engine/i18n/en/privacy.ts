import type { Messages } from '../types';

/** privacy messages in English. Keys: `<rule-id>/<message-id>`. */
export const privacy: Messages = {};
