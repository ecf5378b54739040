import type { Messages } from '../types';

/** templates messages in Polish. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const templates: Messages = {};
