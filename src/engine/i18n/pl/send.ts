import type { Messages } from '../types';
import { plForm } from '../plural';

/** Texts of the on-send check (Smart Alerts) in Polish. */
export const send: Messages = {
  'send.more': ({ count }) => `… i jeszcze ${count} ${plForm(Number(count), 'inny', 'inne', 'innych')} — zobacz panel Etykiety.`,
  'send.openPane': 'Otwórz Etykietę',
  'send.checkFailed': 'Etykieta nie mogła sprawdzić tej wiadomości ({reason}). Zgodnie z zasadami urzędu wysyłka jest wstrzymana — otwórz panel Etykiety lub spróbuj ponownie.',
};
