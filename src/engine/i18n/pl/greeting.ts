import type { Messages } from '../types';

/** greeting messages in Polish. Keys: `<rule-id>/<message-id>`. */
export const greeting: Messages = {};
