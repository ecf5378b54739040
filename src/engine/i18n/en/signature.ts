import type { Messages } from '../types';
import { fieldKeys } from '../field-labels';

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

/** Texts of the signature itself: placeholders for the fields a clerk has not filled in. */
export const signature: Messages = {
  ...fieldKeys(FIELDS),
  'signature.placeholder': '[fill in: {field}]',
};
