import type { Messages } from '../types';

/** content messages in Polish. Keys: `<rule-id>/<message-id>`. */
export const content: Messages = {
  'addresses-exposed/exposed': 'Wiadomość pokazuje cudzy adres e-mail „{address}” odbiorcy spoza urzędu. Usuń go albo zapytaj tę osobę o zgodę — chroń prywatność innych.',
};
