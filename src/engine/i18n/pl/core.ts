import type { Messages } from '../types';
import { FIELDS } from './signature';
import { fieldList as listOf } from '../field-labels';
import type { MessageData } from '../../types';

const fieldList = (data: MessageData) => listOf(FIELDS, data);

/** core messages in Polish. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const core: Messages = {
  'subject-missing/missing': 'Wiadomość nie ma tematu. Wpisz krótki temat, który mówi, czego dotyczy sprawa.',
  'subject-uninformative/generic': 'Temat „{subject}” nic nie mówi o sprawie. Napisz, czego dotyczy, np. „Wniosek o zaświadczenie – znak OR.1234.5.2026”.',
  'subject-uninformative/prefixOnly': 'Temat to samo „{prefix}”. Dopisz, czego dotyczy sprawa.',
  'subject-too-long/tooLong': (d) => `Temat ma ${d.length} znaków (zalecane najwyżej ${d.max}). Skróć go do nazwy sprawy i znaku.`,
  'closing-missing/missing': 'Brak zwrotu grzecznościowego na końcu wiadomości, np. „Z poważaniem”.',
  'closing-informal/informal': 'Zwrot „{closing}” jest zbyt potoczny w korespondencji urzędu. Lepiej: „{suggestion}”.',
  'closing-informal/semiformal': 'Zwrot „{closing}” jest półoficjalny. W piśmie do obywatela lepiej: „{suggestion}”.',
  'signature-missing/missing': (d) =>
    d.variant === 'short' ? 'Brak podpisu. W odpowiedzi wystarczy skrócony podpis: imię i nazwisko, stanowisko, wydział, telefon.' : 'Brak podpisu urzędu (imię i nazwisko, stanowisko, urząd, wydział, adres, telefon).',
  'signature-incomplete/incomplete': (d) => `W podpisie brakuje: ${fieldList(d)}.`,
  'signature-incomplete/placeholder': (d) => `Podpis ma nieuzupełnione pola: ${fieldList(d)}. Uzupełnij je w ustawieniach podpisu.`,
};
