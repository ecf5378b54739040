import type { Messages } from '../types';

/** content messages in Polish. Keys: `<rule-id>/<message-id>`. */
export const content: Messages = {};
