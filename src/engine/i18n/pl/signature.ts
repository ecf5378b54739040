import type { Messages } from '../types';
import { fieldKeys } from '../field-labels';

/** Names of the signature fields as a clerk reads them (placeholders, lists of missing fields). */
export const FIELDS: Record<string, string> = {
  name: 'imię i nazwisko',
  position: 'stanowisko',
  office: 'nazwa urzędu',
  department: 'wydział',
  address: 'adres',
  phone: 'telefon',
  email: 'e-mail',
  registry: 'dane rejestrowe',
  notice: 'klauzula poufności',
};

/** Texts of the signature itself: placeholders for the fields a clerk has not filled in. */
export const signature: Messages = {
  ...fieldKeys(FIELDS),
  'signature.placeholder': '[uzupełnij: {field}]',
};
