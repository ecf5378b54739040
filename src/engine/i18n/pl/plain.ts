import type { Messages } from '../types';

/** plain messages in Polish. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const plain: Messages = {};
