import type { Messages } from '../types';


/** Texts of the on-send check (Smart Alerts) in English. */
export const send: Messages = {
  'send.more': ({ count }) => `… and ${count} more — see the Etykieta pane.`,
  'send.openPane': 'Open Etykieta',
  'send.checkFailed': 'Etykieta could not check this message ({reason}). Your office policy holds sending — open the Etykieta pane or try again.',
};
