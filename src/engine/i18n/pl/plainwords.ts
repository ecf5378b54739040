import type { Messages } from '../types';

/** plainwords messages in Polish. Keys: `<rule-id>/<message-id>`. */
export const plainwords: Messages = {};
