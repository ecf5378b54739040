import type { Messages } from '../types';

/** cli messages in English. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const cli: Messages = {};
