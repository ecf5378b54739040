import type { Messages } from '../types';

/** deadlines messages in English. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const deadlines: Messages = {};
