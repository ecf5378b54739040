import type { Messages } from '../types';

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

// A loop, not Object.fromEntries (ES2019): this file is part of the ES2016 launch-event bundle.
function fieldKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const field of Object.keys(FIELDS)) keys[`signature.field.${field}`] = FIELDS[field];
  return keys;
}

/** Texts of the signature itself: placeholders for the fields a clerk has not filled in. */
export const signature: Messages = {
  ...fieldKeys(),
  'signature.placeholder': '[uzupełnij: {field}]',
};
