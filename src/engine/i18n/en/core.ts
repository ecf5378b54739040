import type { Messages } from '../types';

/** core messages in English. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const core: Messages = {};
