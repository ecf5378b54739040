import type { Messages } from '../types';

/** standard messages in Polish. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const standard: Messages = {};
