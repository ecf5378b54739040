import type { Messages } from '../types';

/** content messages in English. Keys: `<rule-id>/<message-id>`. */
export const content: Messages = {};
