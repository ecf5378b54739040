import type { Messages } from '../types';

/** privacy messages in Polish. Keys: `<rule-id>/<message-id>`. */
export const privacy: Messages = {};
