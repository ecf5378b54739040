import type { Messages } from '../types';

/** standard messages in English. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const standard: Messages = {};
