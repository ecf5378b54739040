import type { Messages } from '../types';

/** ui messages in English. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const ui: Messages = {};
