import type { Messages } from '../types';

/** deadlines messages in Polish. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const deadlines: Messages = {};
