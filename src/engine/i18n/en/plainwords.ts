import type { Messages } from '../types';

/** plainwords messages in English. Keys: `<rule-id>/<message-id>`. */
export const plainwords: Messages = {};
