/**
 * The confidentiality notice that the standard recommends for every signature, verbatim from
 * 002_25a3c0fc0b5790c2.txt line 122 (Zarządzenie 20/2023, "Wytyczne dla korespondencji e-mail").
 * The typo "jakiegokolwiek inne" is the standard's own; we quote it, we do not correct it.
 */
export const SIGNATURE_NOTICE_PL =
  'Niniejsza wiadomość elektroniczna może zawierać informacje poufne i przeznaczone do wyłącznej wiadomości adresata. ' +
  'Przeglądanie, przesyłanie, powielanie lub jakiegokolwiek inne wykorzystanie tych informacji przez osoby inne niż te, ' +
  'dla których wiadomość była przeznaczona, jest zabronione. Jeśli otrzymano tę wiadomość elektroniczną w wyniku błędu, ' +
  'prosimy o poinformowanie o tym fakcie nadawcy i usunięcie w sposób trwały wiadomości wraz z ewentualnymi załącznikami.';
