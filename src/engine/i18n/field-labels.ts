/**
 * Signature field labels as message keys and as readable lists; the same code for every
 * language, which supplies only its labels. No Object.fromEntries: part of the ES2016 bundle.
 */
import type { MessageData } from '../types';

export type FieldLabels = Readonly<Record<string, string>>;

/** `signature.field.<field>` keys for the signature's placeholders. */
export function fieldKeys(labels: FieldLabels): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const field of Object.keys(labels)) keys[`signature.field.${field}`] = labels[field];
  return keys;
}

/** data.fields "position,phone" -> "stanowisko, telefon". */
export function fieldList(labels: FieldLabels, data: MessageData): string {
  return String(data.fields ?? '')
    .split(',')
    .filter(Boolean)
    .map((f) => labels[f] ?? f)
    .join(', ');
}
