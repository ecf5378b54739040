import type { Messages } from '../types';

/** plain messages in English. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const plain: Messages = {};
