import type { Messages } from '../types';
import type { MessageData } from '../../types';

const DETAILS_PL: Record<string, string> = { room: 'numeru pokoju', name: 'imienia i nazwiska pracownika', phone: 'telefonu', time: 'godzin urzędowania ani godziny stawienia się' };

/** data.missing "room,phone" -> the listed details in this language. */
function detailList(labels: Record<string, string>, d: MessageData): string {
  return String(d.missing ?? '').split(',').filter(Boolean).map((k) => labels[k] ?? k).join(', ');
}

/** content messages in Polish. Keys: `<rule-id>/<message-id>`. */
export const content: Messages = {
  'summons-details/missing': (d: MessageData) =>
    `Wezwanie do osobistego stawiennictwa nie podaje: ${detailList(DETAILS_PL, d)} (brakuje ${d.count} z 4 wymaganych informacji). Wezwanie musi zawierać numer pokoju, imię i nazwisko pracownika, telefon oraz godziny urzędowania lub godzinę stawienia się.`,
  'placeholder-left/body': 'W treści zostało niewypełnione pole „{field}”. Wpisz brakującą informację albo usuń to miejsce — wiadomość z pustym polem nie może zostać wysłana.',
  'placeholder-left/subject': 'Temat zawiera niewypełnione pole „{field}”. Uzupełnij temat przed wysłaniem.',
  'addresses-exposed/exposed': 'Wiadomość pokazuje cudzy adres e-mail „{address}” odbiorcy spoza urzędu. Usuń go albo zapytaj tę osobę o zgodę — chroń prywatność innych.',
};
