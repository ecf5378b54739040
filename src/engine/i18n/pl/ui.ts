import type { Messages } from '../types';

/** ui messages in Polish. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const ui: Messages = {};
