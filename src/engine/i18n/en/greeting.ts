import type { Messages } from '../types';

/** greeting messages in English. Keys: `<rule-id>/<message-id>`. */
export const greeting: Messages = {};
