import type { Messages } from '../types';

/** Names of the signature fields as a clerk reads them (placeholders, lists of missing fields). */
export const FIELDS: Record<string, string> = {
  name: 'name',
  position: 'position',
  office: 'office name',
  department: 'department',
  address: 'address',
  phone: 'phone',
  email: 'e-mail',
  registry: 'registry data',
  notice: 'confidentiality notice',
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
  'signature.placeholder': '[fill in: {field}]',
};
